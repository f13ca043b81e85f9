using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Rules.Aws;

/// <summary>Notes parameter groups that log every statement (<c>log_statement = all</c>, <c>general_log = 1</c>) outside development.</summary>
public sealed class RdsLogStatementAll : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2014",
        name: "aws-rds-log-statement-all",
        title: "RDS parameter group logs every statement",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Notes `log_statement = "all"` in a PostgreSQL family (postgres, aurora-postgresql) and `general_log = 1` in
            a MySQL family (mysql, aurora-mysql, mariadb), in `parameter` blocks of `aws_db_parameter_group` and
            `aws_rds_cluster_parameter_group`, values followed through variables, locals, tfvars and
            `dynamic "parameter"`.

            Nothing is reported where the configuration is marked as development or test: a path segment or file
            name part `dev`, `development`, `test`, `tests`, `testing`, `local` or `sandbox`
            (`envs/dev/database.tf`, `rds_test.tf`); a variable `environment`, `env`, `stage` or `environment_name`
            of the module (or of a module that calls it) whose value is one of those words; a parameter group
            `name` containing one of them as a word (`orders-dev-postgres`); or a selected Terraform workspace
            (`.terraform/environment`) of that name.

            ## Why is this bad?
            Every statement, with its literal values, goes to the database log and from there to CloudWatch Logs when
            log exports are on: passwords set with `ALTER ROLE ... PASSWORD`, tokens and personal data in `INSERT`s
            end up readable by whoever reads the logs, and a busy database writes gigabytes of log a day (storage,
            CloudWatch ingestion cost, I/O on the instance).

            ## Example
            ```hcl
            parameter {
              name  = "log_statement"
              value = "all"
            }
            ```

            ## Use instead
            ```hcl
            parameter {
              name  = "log_statement"
              value = "ddl"
            }

            parameter {
              name  = "log_min_duration_statement"
              value = "1000" # statements slower than 1 s, for tuning
            }
            ```
            For auditing, use pgaudit with a narrow `pgaudit.log` class, or Database Activity Streams.
            """,
        tags: ["terraform", "aws", "rds", "security"]);

    private static readonly string[] DevelopmentWords = ["dev", "development", "test", "tests", "testing", "local", "sandbox"];
    private static readonly string[] EnvironmentVariables = ["environment", "env", "stage", "environment_name"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, RdsParameterSettings.ResourceTypes);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || node.Module is not { } module)
        {
            return;
        }

        bool? development = null;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, _) in RdsParameterSettings.Of(node, Rds.RdsParameterCatalog.BuiltIn))
        {
            var value = setting.ValueText?.Trim();
            string? what = null;
            if (RdsParameterSettings.IsPostgres(setting.Family) && setting.Name == "log_statement" && string.Equals(value, "all", StringComparison.OrdinalIgnoreCase))
            {
                what = "log_statement = \"all\" writes every statement, with its literal values, to the PostgreSQL log";
            }
            else if (RdsParameterSettings.IsMySql(setting.Family) && setting.Name == "general_log" && value is not null
                && (value == "1" || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase)))
            {
                what = "general_log = 1 writes every statement and connection, with literal values, to the general query log";
            }

            if (what is null || setting.ValueAttribute is not { } attribute)
            {
                continue;
            }

            development ??= IsDevelopment(node, module);
            if (development.Value)
            {
                return;
            }

            var message = $"{what} of {node.Address} ({setting.Family}): passwords and personal data in statements become readable to anyone with log access, and a busy database writes gigabytes a day; log DDL only (log_statement = \"ddl\") and slow statements (log_min_duration_statement), or audit narrowly with pgaudit";
            if (setting.Name == "general_log")
            {
                message = $"{what} of {node.Address} ({setting.Family}): passwords and personal data in statements become readable to anyone with log access, and a busy database writes gigabytes a day; use the slow query log (slow_query_log = 1, long_query_time) or an audit plugin with a narrow scope";
            }

            if (reported.Add(attribute.Location.ToString()))
            {
                context.ReportDiagnostic(ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), setting.Value!, "the value"));
            }
        }
    }

    private static bool IsDevelopment(TerraformResourceNode node, TerraformModule module)
    {
        if (HasDevelopmentWord(node.Tree.Path))
        {
            return true;
        }

        if (ResourceInstances.String(node, "name", TerraformScope.Empty) is { } name && HasDevelopmentWord(name))
        {
            return true;
        }

        for (TerraformEvaluator? evaluator = module.Evaluator; evaluator is not null; evaluator = evaluator.Parent)
        {
            foreach (var variable in EnvironmentVariables)
            {
                if (evaluator.Module.FindVariable(variable) is not null
                    && evaluator.Variable(variable) is { Kind: TerraformValueKind.String } value && IsDevelopmentWord(value.AsString))
                {
                    return true;
                }
            }
        }

        try
        {
            var selected = Path.Combine(module.Directory, ".terraform", "environment");
            return File.Exists(selected) && IsDevelopmentWord(File.ReadAllText(selected).Trim());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool HasDevelopmentWord(string text)
    {
        foreach (var word in text.Split(['/', '\\', '-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsDevelopmentWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDevelopmentWord(string word)
    {
        foreach (var candidate in DevelopmentWords)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

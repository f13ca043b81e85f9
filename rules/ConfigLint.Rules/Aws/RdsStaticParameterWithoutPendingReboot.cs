using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Rules.Aws.Rds;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds static RDS parameters applied <c>immediate</c>ly (the default), which RDS rejects.</summary>
public sealed class RdsStaticParameterWithoutPendingReboot : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2016",
        name: "aws-rds-static-parameter-without-pending-reboot",
        title: "Static RDS parameter without apply_method = \"pending-reboot\"",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Finds `parameter` blocks of `aws_db_parameter_group` and `aws_rds_cluster_parameter_group` that set a
            static parameter (one whose `ApplyType` is `static`: `shared_buffers`, `max_connections`,
            `shared_preload_libraries`, `rds.logical_replication`, `innodb_buffer_pool_instances`, ...) with
            `apply_method` left out, which the provider sends as `immediate`, or set to `"immediate"`. Names, values
            and `apply_method` are followed through variables, locals, tfvars and `dynamic "parameter"`.

            Which parameters are static comes from the data CL2012 describes: a listing ingested with
            `configlint data update-rds-parameters`, or the built-in data, where a parameter is recorded as static only
            when AWS documents it so or the engine itself cannot change it without a restart (PostgreSQL settings of
            context `postmaster`, MySQL and MariaDB variables that are not dynamic). Parameters whose apply type is not
            recorded are not reported.

            ## Why is this bad?
            RDS refuses the change: `apply` fails with `InvalidParameterCombination: cannot use immediate apply method
            for static parameter`, leaving the parameter group half-updated.

            ## Example
            ```hcl
            parameter {
              name  = "shared_preload_libraries"
              value = "pg_stat_statements,pg_cron"
            }
            ```

            ## Use instead
            ```hcl
            parameter {
              name         = "shared_preload_libraries"
              value        = "pg_stat_statements,pg_cron"
              apply_method = "pending-reboot"
            }
            ```
            The change then takes effect at the instance's next reboot (or maintenance window).

            ## Fix safety
            The fix sets `apply_method = "pending-reboot"`: it replaces a written `"immediate"`, or adds the argument
            with `=` aligned like the block's other arguments. It is safe: for a static parameter pending-reboot is
            the only method RDS accepts, and the value takes effect exactly when it would have had the change been
            accepted. There is no fix when `apply_method` comes from a variable or when the block is the `content` of
            a `dynamic` block shared with dynamic parameters.
            """,
        tags: ["terraform", "aws", "rds"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, RdsParameterSettings.ResourceTypes);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, data) in RdsParameterSettings.Of(node, RdsParameterSources.For(context.Options, Rule.Id)))
        {
            if (data?.Find(setting.Name) is not { ApplyType: RdsApplyType.Static }
                || setting.ApplyMethod is { IsNull: false } method && !(method.Kind == TerraformValueKind.String && method.AsString == "immediate")
                || setting.NameAttribute is not { } nameAttribute)
            {
                continue;
            }

            var applyAttribute = setting.ApplyMethodAttribute;
            var location = applyAttribute?.Location ?? nameAttribute.Location;
            var how = applyAttribute is null ? "without apply_method, which the provider sends as \"immediate\""
                : setting.ApplyMethod is { IsNull: true } ? "with apply_method null, which the provider sends as \"immediate\""
                : "with apply_method = \"immediate\"";
            var message = $"{setting.Name} is a static {setting.Family} parameter and is set {how}; RDS rejects that (\"cannot use immediate apply method for static parameter\"); set apply_method = \"pending-reboot\", so it takes effect at the next reboot";
            if (!reported.Add(location + message))
            {
                continue;
            }

            var diagnostic = Diagnostic.Create(Rule, location, message);
            if (setting.ApplyMethod is { } value)
            {
                diagnostic = ResourceInstances.WithOrigins(diagnostic, value, "apply_method");
            }

            if (Fix(node, setting, applyAttribute) is { } fix)
            {
                diagnostic = diagnostic.WithFix(fix);
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    private static CodeFix? Fix(TerraformResourceNode node, RdsParameterSettings.Setting setting, TerraformAttribute? applyAttribute)
    {
        if (setting.IsDynamic || setting.Block.Body.IsJson)
        {
            return null;
        }

        if (applyAttribute is not null)
        {
            if (applyAttribute.Expression.SourceText != "\"immediate\"")
            {
                return null;
            }

            var span = applyAttribute.Expression.Location.Span;
            return CodeFix.Create("Set apply_method = \"pending-reboot\"", new TextEdit(node.Tree.Path, new TextSpan(span.Start + 1, "immediate".Length), "pending-reboot"));
        }

        return AlignedArgument.Add(setting.Block, "apply_method", "\"pending-reboot\"") is { } edits
            ? new CodeFix("Add apply_method = \"pending-reboot\"", edits)
            : null;
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Rds;
using ConfigLint.Rules.Aws.Schema;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds RDS parameter names the parameter group's family does not have, e.g. <c>shared_buffer</c> for <c>shared_buffers</c>.</summary>
public sealed class RdsUnknownParameter : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2012",
        name: "aws-rds-unknown-parameter",
        title: "RDS parameter the family does not have",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Checks the `name` of every `parameter` block of `aws_db_parameter_group` and
            `aws_rds_cluster_parameter_group` (written out or produced by `dynamic "parameter"`, with names and the
            `family` followed through variables, locals, tfvars and `for_each`) against the parameters of the group's
            `family`, and suggests the nearest names by edit distance.

            How sure it can be depends on the data:

            - With a whole listing of the family (the output of `describe-engine-default-parameters`, ingested with
              `configlint data update-rds-parameters`), a name that is not in it is not a parameter of the family:
              the finding is an **error**.
            - With ConfigLint's built-in data (`rules/data/rds/parameters.json`), which is a curated subset of the
              commonly set parameters for postgres 12–17, aurora-postgresql 12–17, mysql 5.7/8.0/8.4, aurora-mysql and
              mariadb, a name that is missing proves nothing. The rule then reports only near misses of known names
              (`shared_buffer` for `shared_buffers`), as a **note**, and stays silent about every other name.

            Refresh a family with the AWS CLI (per region; the listing changes with engine releases):

            ```sh
            aws rds describe-engine-default-parameters --db-parameter-group-family postgres16 --output json > pg16.json
            configlint data update-rds-parameters postgres16 pg16.json   # writes .configlint/rds-parameters/postgres16.json
            ```

            The rules read `.configlint/rds-parameters/` under the workspace root; the option `rds-parameters` names
            another directory. Use `--cluster` with the output of `describe-engine-default-cluster-parameters` for
            `aws_rds_cluster_parameter_group`; without a cluster listing, a cluster group is checked against the
            family's DB parameter group listing as if it were curated data (near misses only), since the two
            listings differ.

            ## Why is this bad?
            `terraform plan` succeeds and `apply` fails with `InvalidParameterValue: Could not find parameter with name:
            shared_buffer`, after the rest of the stack was changed.

            ## Example
            ```hcl
            resource "aws_db_parameter_group" "main" {
              family = "postgres16"

              parameter {
                name  = "shared_buffer"
                value = "{DBInstanceClassMemory/32768}"
              }
            }
            ```

            ## Use instead
            ```hcl
            parameter {
              name  = "shared_buffers"
              value = "{DBInstanceClassMemory/32768}"
            }
            ```

            ## Fix safety
            When exactly one known name is close and the name is a string literal in the block, the fix replaces it.
            It is safe: the written name is not a parameter RDS accepts, so nothing that works changes.

            ## Options
            `rds-parameters`: a directory (relative to the workspace root) of listings written by
            `configlint data update-rds-parameters`; default `.configlint/rds-parameters`.
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
            if (data is null || data.Find(setting.Name) is not null || setting.NameAttribute is not { } attribute)
            {
                continue;
            }

            var candidates = DidYouMean.Rank(setting.Name, data.Parameters.Keys);
            var exactButCase = data.Parameters.Keys.FirstOrDefault(k => string.Equals(k, setting.Name, StringComparison.OrdinalIgnoreCase));
            if (exactButCase is not null)
            {
                candidates = [exactButCase];
            }

            if (!data.IsComplete && candidates.Count == 0)
            {
                continue;
            }

            var group = setting.IsCluster ? "DB cluster parameter group" : "DB parameter group";
            var suggestion = candidates.Count switch
            {
                0 => "remove it or use a parameter the family lists",
                1 => $"did you mean '{candidates[0]}'?",
                _ => $"did you mean {string.Join(" or ", candidates.Select(c => $"'{c}'"))}?",
            };
            var message = data.IsComplete
                ? $"'{setting.Name}' is not a parameter of {setting.Family} (not in the {group} listing from {data.Source}{(data.Retrieved is { } date ? $", {date}" : string.Empty)}), so apply fails with \"Could not find parameter with name: {setting.Name}\"; {suggestion}"
                : $"'{setting.Name}' is not among the {setting.Family} parameters ConfigLint knows and is close to one that is; if it is a misspelling, apply fails with \"Could not find parameter with name: {setting.Name}\"; {suggestion}";
            if (!reported.Add(attribute.Location + message))
            {
                continue;
            }

            var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), setting.NameValue, "the name");
            if (!data.IsComplete)
            {
                diagnostic = diagnostic with { Severity = DiagnosticSeverity.Note };
            }

            if (candidates.Count == 1 && Rename(node, attribute, setting.Name, candidates[0]) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Use {candidates[0]}", edit));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    // Only a name written as a plain string in the block itself: a name from a variable may be used elsewhere.
    private static TextEdit? Rename(TerraformResourceNode node, TerraformAttribute attribute, string name, string replacement)
    {
        if (!attribute.Expression.TryGetStaticString(out var text) || text != name || attribute.Expression.SourceText != $"\"{name}\"")
        {
            return null;
        }

        var span = attribute.Expression.Location.Span;
        return new TextEdit(node.Tree.Path, new TextSpan(span.Start + 1, name.Length), replacement);
    }
}

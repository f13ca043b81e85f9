using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds production RDS databases with <c>deletion_protection = false</c> or <c>skip_final_snapshot = true</c>.</summary>
public sealed class ProductionDatabaseUnprotected : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2041",
        name: "aws-production-database-unprotected",
        title: "Production database without deletion protection or final snapshot",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `deletion_protection = false` and `skip_final_snapshot = true` on `aws_db_instance` and
            `aws_rds_cluster` (per instance, through variables, tfvars and locals) when the configuration is a
            production one:

            - a directory or file name in the file's path has the word `prod` or `production` (`envs/prod/`,
              `prod-eu/`, `database.production.tf`; not `non-prod`, `preprod` or `product`);
            - a variable or local named `environment`, `env` or `stage` evaluates to such a value
              (`environment = "production"` in `terraform.tfvars`);
            - the resource's `tags` have an `Environment`, `Env` or `Stage` key with such a value;
            - the module compares `terraform.workspace` with `"prod"` or `"production"`.

            Only values written as `false`/`true` (directly or through a variable) are reported. An absent
            `deletion_protection` is the provider's default (`false`) and is not reported: the rule points at
            settings someone wrote and can flip, and leaves "every database must set it" to policy tools. A value
            that depends on the workspace or on an unset variable is not known and not reported, nor is a resource
            that an override file merges into.

            ## Why is this bad?
            Without deletion protection, `terraform destroy`, a removed resource block or a change that forces
            replacement (a new `identifier`, turning on `storage_encrypted`) deletes the database at the next
            apply. With `skip_final_snapshot = true` nothing is kept when that happens: automated backups go
            with the instance unless retained, and the data is lost. Both settings are usual in development and
            are copied into production by accident.

            ## Example
            ```hcl
            # environments/prod/database.tf
            resource "aws_db_instance" "main" {
              identifier          = "orders"
              engine              = "postgres"
              instance_class      = "db.m6g.large"
              allocated_storage   = 100
              deletion_protection = false
              skip_final_snapshot = true
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_db_instance" "main" {
              identifier                = "orders"
              engine                    = "postgres"
              instance_class            = "db.m6g.large"
              allocated_storage         = 100
              deletion_protection       = true
              skip_final_snapshot       = false
              final_snapshot_identifier = "orders-final"
            }
            ```

            ## Fix safety
            The fix writes `deletion_protection = true`, or `skip_final_snapshot = false` when the resource has a
            `final_snapshot_identifier` (without one the provider cannot delete the database, so no fix is offered).
            It is offered only for a literal in the resource itself, and is unsafe: it changes what the next
            `destroy` or replacement does, and a protected database must be unprotected before it can be deleted.
            """,
        tags: ["terraform", "aws", "rds", "data-loss"]);

    // The variable, local and tag names that say which environment a configuration deploys.
    private static readonly string[] EnvironmentNames = ["environment", "env", "stage"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_db_instance", "aws_rds_cluster");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode { Module: { } module } node || !AwsProviders.IsAws(node) || ResourceInstances.IsOverridden(node))
        {
            return;
        }

        var moduleMarker = PathMarker(node) ?? VariableMarker(module) ?? WorkspaceMarker(module);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in ResourceInstances.Of(node))
        {
            if ((moduleMarker ?? TagMarker(node, scope)) is not { } marker)
            {
                continue;
            }

            foreach (var (name, unsafeValue) in new[] { ("deletion_protection", false), ("skip_final_snapshot", true) })
            {
                if (ResourceInstances.Bool(node, name, scope) != unsafeValue || node.GetArgument(name) is not { } attribute
                    || ResourceInstances.Argument(node, name, scope) is not { } value || !reported.Add(name))
                {
                    continue;
                }

                var diagnostic = Diagnostic.Create(Rule, attribute.Location, Message(node, name, marker.Description));
                if (marker.Location is { IsNone: false } markerLocation)
                {
                    diagnostic = diagnostic.WithRelated(markerLocation, $"production: {marker.Description}");
                }

                diagnostic = ResourceInstances.WithOrigins(diagnostic, value, name);
                if (Fix(node, attribute, name, unsafeValue) is { } fix)
                {
                    diagnostic = diagnostic.WithFix(fix);
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static string Message(TerraformResourceNode node, string name, string why) => name == "deletion_protection"
        ? $"deletion_protection = false on {node.Address} in a production configuration ({why}), so terraform destroy, a removed block or a change that forces replacement deletes the database without a second step; set deletion_protection = true"
        : $"skip_final_snapshot = true on {node.Address} in a production configuration ({why}), so deleting or replacing the database keeps no final snapshot and its data is lost; set skip_final_snapshot = false with a final_snapshot_identifier";

    private static CodeFix? Fix(TerraformResourceNode node, TerraformAttribute attribute, string name, bool unsafeValue)
    {
        if (attribute.Expression.Syntax is not { Kind: HclSyntaxKind.Literal } literal || attribute.Expression.IsJson
            || literal.LiteralText != (unsafeValue ? "true" : "false")
            || (name == "skip_final_snapshot" && node.GetArgument("final_snapshot_identifier") is null))
        {
            return null;
        }

        var replacement = unsafeValue ? "false" : "true";
        return CodeFix.Create($"Set {name} = {replacement}", new TextEdit(node.Tree.Path, literal.Span, replacement), FixSafety.Unsafe);
    }

    /// <summary>Why a configuration counts as production, and where that is written (none for a path).</summary>
    private sealed record Marker(string Description, Location? Location);

    private static Marker? PathMarker(TerraformResourceNode node)
    {
        foreach (var segment in node.Tree.Path.Replace('\\', '/').Split('/'))
        {
            if (IsProduction(segment))
            {
                return new Marker($"its path {node.Tree.Path}", null);
            }
        }

        return null;
    }

    private static Marker? VariableMarker(TerraformModule module)
    {
        foreach (var name in EnvironmentNames)
        {
            if (module.FindVariable(name) is not null && Production(module.Evaluator.Variable(name)) is { } variable)
            {
                return new Marker($"var.{name} is \"{variable.AsString}\"", FirstOrigin(variable) ?? module.FindVariable(name)!.Location);
            }

            if (module.FindLocal(name) is { } local && Production(module.Evaluator.Local(name)) is { } value)
            {
                return new Marker($"local.{name} is \"{value.AsString}\"", local.Attribute.Location);
            }
        }

        return null;
    }

    private static Marker? TagMarker(TerraformResourceNode node, TerraformScope scope)
    {
        if (ResourceInstances.Argument(node, "tags", scope) is not { Kind: TerraformValueKind.Object } tags)
        {
            return null;
        }

        foreach (var (key, value) in tags.Attributes)
        {
            if (EnvironmentNames.Contains(key.ToLowerInvariant()) && Production(value) is not null)
            {
                return new Marker($"tag {key} = \"{value.AsString}\"", ResourceTags.LocationOf(node, key));
            }
        }

        return null;
    }

    // terraform.workspace is not known before apply, but a module that tests it against "prod" is deployed to production.
    private static Marker? WorkspaceMarker(TerraformModule module)
    {
        foreach (var candidate in module.Nodes)
        {
            foreach (var reference in candidate.References)
            {
                if (reference is not { Kind: TerraformReferenceKind.Terraform, Name: "workspace", Syntax: { } syntax })
                {
                    continue;
                }

                var node = syntax.Parent;
                while (node is HclExpression { Kind: HclSyntaxKind.Parenthesized } grouped)
                {
                    node = grouped.Parent;
                }

                if (node is HclExpression { Kind: HclSyntaxKind.Binary, Operator: HclTokenKind.EqualsEquals or HclTokenKind.NotEquals } comparison)
                {
                    foreach (var operand in comparison.Operands)
                    {
                        if (operand.TryGetStaticString(out var text) && IsProduction(text))
                        {
                            return new Marker($"terraform.workspace is compared with \"{text}\"", comparison.Location);
                        }
                    }
                }
            }
        }

        return null;
    }

    private static TerraformValue? Production(TerraformValue value) =>
        value.Kind == TerraformValueKind.String && IsProduction(value.AsString) ? value : null;

    private static Location? FirstOrigin(TerraformValue value)
    {
        foreach (var origin in value.Origins)
        {
            if (!origin.Location.IsNone)
            {
                return origin.Location;
            }
        }

        return null;
    }

    // A word "prod" or "production" in the text, not "non-prod", "preprod" or "product".
    private static bool IsProduction(string text)
    {
        var words = text.ToLowerInvariant().Split(['-', '_', '.', ' ', '/', ':'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "prod" or "production" && (i == 0 || words[i - 1] is not ("non" or "pre" or "not")))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds deprecated and removed arguments of the s3 backend (<c>dynamodb_table</c> since Terraform 1.11, and others).</summary>
public sealed class DeprecatedBackendArgument : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1011",
        name: "terraform-deprecated-backend-argument",
        title: "Deprecated s3 backend argument",
        messageFormat: "'{0}' {1}; instead: {2}",
        category: Categories.Deprecation,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports arguments of `backend "s3"` that Terraform has deprecated or removed, with the release and the
            replacement, from `rules/data/terraform-s3-backend-deprecations.txt` (read from Terraform's source; see
            `rules/data/README.md`): `dynamodb_table` and `endpoints.dynamodb` (deprecated in 1.11 for S3-native
            locking with `use_lockfile = true`), `endpoint`, `iam_endpoint`, `sts_endpoint` and `dynamodb_endpoint`
            (1.6, for `endpoints = { … }`), `shared_credentials_file` (1.6, for `shared_credentials_files`),
            `force_path_style` (1.6, for `use_path_style`), `use_legacy_workflow` (removed in 1.8), and the inline
            assume-role arguments `role_arn`, `session_name`, `external_id` and `assume_role_*` (removed in 1.10, for
            `assume_role = { … }`).

            ## Why is this bad?
            Deprecated arguments print a warning on every `init` and will be removed; removed ones already stop
            `terraform init` with "Unsupported argument". DynamoDB locking in particular needs a table that S3-native
            locking makes unnecessary.

            ## Example
            ```hcl
            terraform {
              backend "s3" {
                bucket         = "payments-state"
                key            = "prod/terraform.tfstate"
                region         = "us-east-1"
                dynamodb_table = "terraform-locks"
              }
            }
            ```

            ## Use instead
            ```hcl
            terraform {
              backend "s3" {
                bucket       = "payments-state"
                key          = "prod/terraform.tfstate"
                region       = "us-east-1"
                use_lockfile = true
              }
            }
            ```

            ## Fix safety
            Fixes are offered in native syntax where the change is mechanical: `dynamodb_table` becomes
            `use_lockfile = true` (or is removed when `use_lockfile` is already set), `force_path_style` is renamed,
            `shared_credentials_file = x` becomes `shared_credentials_files = [x]`, and a single `endpoint`,
            `iam_endpoint` or `sts_endpoint` moves into `endpoints = { … }`. Renames are safe. Replacing DynamoDB
            locking is unsafe: while runs of Terraform older than 1.11 share the state, they still lock through the
            table, so switch everyone at once (or keep both for a while, as HashiCorp suggests for migrations).

            ## References
            - [Terraform s3 backend: state locking](https://developer.hashicorp.com/terraform/language/backend/s3#state-locking)
            """,
        tags: ["terraform", "deprecation"]);

    private static readonly string[] EndpointArguments = ["endpoint", "iam_endpoint", "sts_endpoint", "dynamodb_endpoint"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformBackend, "s3");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformBackendNode backend)
        {
            return;
        }

        var body = backend.Body;
        foreach (var attribute in body.Attributes)
        {
            if (BackendDeprecation.S3.TryGetValue(attribute.Name, out var deprecation))
            {
                var diagnostic = Describe(attribute.NameLocation, deprecation);
                if (Fix(backend, attribute, deprecation) is { } fix)
                {
                    diagnostic = diagnostic.WithFix(fix);
                }

                context.ReportDiagnostic(diagnostic);
            }

            if (attribute.Name == "endpoints")
            {
                foreach (var (key, location) in ObjectKeys(attribute.Expression))
                {
                    if (BackendDeprecation.S3.TryGetValue("endpoints." + key, out var nested))
                    {
                        context.ReportDiagnostic(Describe(location, nested));
                    }
                }
            }
        }
    }

    private static Diagnostic Describe(Location location, BackendDeprecation deprecation)
    {
        var status = deprecation.RemovedIn is { } removed
            ? $"was removed from the s3 backend in Terraform {removed} (deprecated since {deprecation.DeprecatedIn})"
            : $"is deprecated in the s3 backend since Terraform {deprecation.DeprecatedIn}";
        return Diagnostic.Create(Rule, location, deprecation.Argument, status, deprecation.Replacement);
    }

    private static CodeFix? Fix(TerraformBackendNode backend, TerraformAttribute attribute, BackendDeprecation deprecation)
    {
        if (attribute.Expression.IsJson)
        {
            return null;
        }

        var text = backend.Tree.Text;
        var value = attribute.Expression.SourceText;
        var (kind, argument) = deprecation.Fix.IndexOf(':') is > 0 and var colon
            ? (deprecation.Fix[..colon], deprecation.Fix[(colon + 1)..])
            : (deprecation.Fix, string.Empty);
        switch (kind)
        {
            case "lockfile":
                if (backend.GetArgument("use_lockfile") is null)
                {
                    return CodeFix.Create("Lock with use_lockfile = true instead of DynamoDB", ArgumentEdits.Replace(text, attribute, "use_lockfile", "true"), FixSafety.Unsafe);
                }

                return ArgumentEdits.WholeLines(text, attribute.Location.Span) is { } lines
                    ? CodeFix.Create("Remove dynamodb_table (use_lockfile is set)", TextEdit.Delete(backend.Tree.Path, lines), FixSafety.Unsafe)
                    : null;
            case "rename" when backend.GetArgument(argument) is null:
                return CodeFix.Create($"Rename to {argument}", ArgumentEdits.Rename(text, attribute, argument));
            case "list" when backend.GetArgument(argument) is null:
                return CodeFix.Create($"Use {argument} = [{value}]", ArgumentEdits.Replace(text, attribute, argument, $"[{value}]"));
            case "endpoints" when backend.GetArgument("endpoints") is null && EndpointArguments.Count(a => backend.GetArgument(a) is not null) == 1:
                return CodeFix.Create($"Move into endpoints.{argument}", ArgumentEdits.Replace(text, attribute, "endpoints", $"{{ {argument} = {value} }}"));
            default:
                return null;
        }
    }

    private static IEnumerable<(string Key, Location Location)> ObjectKeys(TerraformExpression expression)
    {
        if (expression.IsJson)
        {
            foreach (var (key, _) in expression.JsonMembers)
            {
                yield return (key.Name, expression.Tree.GetLocation(key.NameSpan));
            }

            yield break;
        }

        if (expression.Syntax is { Kind: HclSyntaxKind.Object } obj)
        {
            foreach (var item in obj.Children.OfType<HclObjectItem>())
            {
                if (item.StaticKey is { } key)
                {
                    yield return (key, item.Key.Location);
                }
            }
        }
    }
}

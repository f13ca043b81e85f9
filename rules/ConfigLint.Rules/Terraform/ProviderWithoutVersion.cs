using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds <c>required_providers</c> entries without a version constraint.</summary>
public sealed class ProviderWithoutVersion : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1012",
        name: "terraform-provider-without-version",
        title: "Required provider without a version constraint",
        messageFormat: "provider '{0}' has no version constraint; add version = \"~> MAJOR.MINOR\" (or \">= …\" in a shared module)",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Reports entries of `required_providers` that give a `source` but no `version`. The built-in `terraform`
            provider (`terraform.io/builtin/terraform`) needs none and is not reported.

            ## Why is this bad?
            Without a constraint, `terraform init` on a new machine or in CI installs the newest release, including a
            new major version with breaking changes: the AWS provider's 5.0, for example, changed the S3 bucket
            lifecycle rules that later failed in production. The lock file helps only where it is committed and
            used.

            ## Example
            ```hcl
            terraform {
              required_providers {
                aws = {
                  source = "hashicorp/aws"
                }
              }
            }
            ```

            ## Use instead
            ```hcl
            terraform {
              required_providers {
                aws = {
                  source  = "hashicorp/aws"
                  version = "~> 5.70"
                }
              }
            }
            ```
            In a module others call, state the lowest version it works with (`">= 5.0"`) and let the root module pin.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformSettings);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformSettingsNode settings)
        {
            return;
        }

        foreach (var provider in settings.RequiredProviders)
        {
            if (provider.Version is null && provider.Source is not null && provider.Source != "terraform.io/builtin/terraform")
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, provider.Location, provider.LocalName));
            }
        }
    }
}

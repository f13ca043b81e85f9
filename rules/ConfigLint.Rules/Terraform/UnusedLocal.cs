using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds local values no expression of their module uses.</summary>
public sealed class UnusedLocal : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1008",
        name: "terraform-unused-local",
        title: "Local value assigned but never used",
        messageFormat: "local '{0}' is assigned but never used",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports entries of `locals` blocks that no expression of the module refers to (an entry that refers only
            to itself does not count). Modules with a syntax error are skipped.

            ## Why is this bad?
            A local nobody reads is dead code that still has to be kept valid, and it often marks a half-finished
            refactoring: the value that was meant to be shared is computed twice.

            ## Example
            ```hcl
            locals {
              name_prefix = "${var.project}-${var.environment}"
              common_tags = { Project = var.project }
            }

            resource "aws_s3_bucket" "logs" {
              bucket = "${var.project}-${var.environment}-logs"
              tags   = local.common_tags
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket" "logs" {
              bucket = "${local.name_prefix}-logs"
              tags   = local.common_tags
            }
            ```

            ## Fix safety
            The fix deletes the entry's lines when it stands on lines of its own in native syntax. It is unsafe: a
            file ConfigLint did not read (an override file outside the run, a generated file) may still use it.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformLocal);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformLocalNode { Module: { HasSyntaxErrors: false } module } local
            || TerraformFiles.IsOverrideFile(local.Tree.Path) || ModuleUsage.Of(module).Locals.Contains(local.Name))
        {
            return;
        }

        var diagnostic = Diagnostic.Create(Rule, local.Location, local.Name);
        if (!local.Expression.IsJson && ArgumentEdits.WholeLines(local.Tree.Text, local.Attribute.Location.Span) is { } lines)
        {
            diagnostic = diagnostic.WithFix(CodeFix.Create($"Remove local '{local.Name}'", TextEdit.Delete(local.Tree.Path, lines), FixSafety.Unsafe));
        }

        context.ReportDiagnostic(diagnostic);
    }

    // The lines of a span, line break included, when nothing but blanks shares them; null otherwise.
}

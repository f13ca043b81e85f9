using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds references to variables, locals, resources, data sources and modules the module does not declare.</summary>
public sealed class UndeclaredReference : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1001",
        name: "terraform-undeclared-reference",
        title: "Reference to something the module does not declare",
        messageFormat: "'{0}' {1}{2}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports references to `var.*`, `local.*`, resources, `data.*`, `ephemeral.*` and `module.*` that no file
            of the module (the directory's `.tf` and `.tf.json` files) declares, and attributes of `count`, `each`,
            `path` and `terraform` that do not exist (`path.modul`). A data source declared inside a `check` block is
            visible only in that block. The nearest declared name is suggested.

            References inside `lifecycle.ignore_changes`, `provider`, `moved` and `removed` addresses and
            `import.to` are not checked: they name addresses, not values. A module with a syntax error is not
            checked, since declarations may be missing from what parsed.

            ## Why is this bad?
            `terraform validate`, `plan` and `apply` stop with "Reference to undeclared input variable" (or resource,
            local value, module call). A variable added to `main.tf` but never declared in `variables.tf` breaks every
            environment at once.

            ## Example
            ```hcl
            variable "region" {}

            provider "aws" {
              region = var.regoin
            }
            ```

            ## Use instead
            ```hcl
            provider "aws" {
              region = var.region
            }
            ```

            ## Fix safety
            When exactly one declared name of the same kind is within edit distance 2, the fix replaces the reference
            with it. It is unsafe: the nearest name is not always the intended one, so review the change.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, TerraformNodeKinds.WithReferences);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformNode { Module: { HasSyntaxErrors: false } module } node)
        {
            return;
        }

        foreach (var reference in node.References)
        {
            var problem = Problem(module, reference);
            if (problem is null)
            {
                continue;
            }

            var (what, candidates) = problem.Value;
            var suggestion = NameSuggestions.Suggest(reference.Subject, candidates);
            var diagnostic = Diagnostic.Create(Rule, reference.Location, reference.Subject, what, NameSuggestions.Hint(suggestion));
            if (!reference.NameLocation.IsNone)
            {
                diagnostic = NameSuggestions.WithReplacement(diagnostic, node.Tree, reference.Location, reference.Subject, suggestion);
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    private static (string What, IEnumerable<string> Candidates)? Problem(TerraformModule module, TerraformReference reference)
    {
        switch (reference.Kind)
        {
            case TerraformReferenceKind.Count when reference.Name != "index":
                return ("is not a valid reference; count has only 'index'", ["count.index"]);
            case TerraformReferenceKind.Each when reference.Name is not ("key" or "value"):
                return ("is not a valid reference; each has only 'key' and 'value'", ["each.key", "each.value"]);
            case TerraformReferenceKind.Path when reference.Name is not ("module" or "root" or "cwd"):
                return ("is not a valid reference; path has 'module', 'root' and 'cwd'", ["path.module", "path.root", "path.cwd"]);
            case TerraformReferenceKind.Terraform when reference.Name is not ("workspace" or "applying"):
                return ("is not a valid reference; terraform has 'workspace' and 'applying'", ["terraform.workspace", "terraform.applying"]);
            case TerraformReferenceKind.Count or TerraformReferenceKind.Each or TerraformReferenceKind.Path
                or TerraformReferenceKind.Terraform or TerraformReferenceKind.Self:
                return null;
        }

        if (module.Resolve(reference) is not null)
        {
            return null;
        }

        return reference.Kind switch
        {
            TerraformReferenceKind.Variable => ("refers to a variable that is not declared in this module", module.Variables.Select(v => v.Address)),
            TerraformReferenceKind.Local => ("refers to a local value that is not declared in this module", module.Locals.Select(l => l.Address)),
            TerraformReferenceKind.Module => ("refers to a module call that is not declared in this module", module.ModuleCalls.Select(m => m.Address)),
            TerraformReferenceKind.DataSource when reference.Check is null && module.DataSources.Any(d => d.Check is not null && d.Address == reference.Subject) =>
                ("refers to a data source that is declared inside a check block and visible only there", []),
            TerraformReferenceKind.DataSource => ("refers to a data source that is not declared in this module",
                module.DataSources.Where(d => d.Check is null || d.Check == reference.Check).Select(d => d.Address)),
            TerraformReferenceKind.Ephemeral => ("refers to an ephemeral resource that is not declared in this module", module.EphemeralResources.Select(r => r.Address)),
            _ => ("refers to a resource that is not declared in this module", module.Resources.Select(r => r.Address)),
        };
    }
}

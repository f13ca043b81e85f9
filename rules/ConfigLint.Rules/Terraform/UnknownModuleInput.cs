using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds arguments of a local module call that the module declares no variable for.</summary>
public sealed class UnknownModuleInput : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1010",
        name: "terraform-unknown-module-input",
        title: "Module input the module does not declare",
        messageFormat: "{0} declares no variable '{1}'{2}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            For each `module` block whose source is a local directory, reports arguments (other than `source`,
            `version`, `count`, `for_each`, `providers` and `depends_on`) that name no `variable` of the module, and
            suggests the nearest declared one. Remote modules are not read. Modules with a syntax error are skipped.

            ## Why is this bad?
            Terraform stops with "Unsupported argument: An argument named "subnet_id" is not expected here." A typo
            in an input that has a default would otherwise go unnoticed: the module would silently use the default.

            ## Example
            ```hcl
            module "db" {
              source         = "./modules/db"
              instance_clas  = "db.t3.micro"
            }
            ```

            ## Use instead
            ```hcl
            module "db" {
              source         = "./modules/db"
              instance_class = "db.t3.micro"
            }
            ```

            ## Fix safety
            When exactly one variable of the module is within edit distance 2, the fix renames the argument to it.
            It is unsafe: the module then receives a value it did not get before.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformModule);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformModuleCallNode { Target: { HasSyntaxErrors: false } target } call)
        {
            return;
        }

        var declared = target.Variables.Select(v => v.Name).Where(n => call.GetInput(n) is null).ToList();
        foreach (var input in call.Inputs)
        {
            if (target.FindVariable(input.Name) is not null)
            {
                continue;
            }

            var suggestion = NameSuggestions.Suggest(input.Name, declared);
            var diagnostic = Diagnostic.Create(Rule, input.NameLocation, call.Source ?? target.ToString(), input.Name, NameSuggestions.Hint(suggestion))
                .WithRelated(call.Location, $"{call.Address} calls {target}");
            if (suggestion is not null && !input.Expression.IsJson)
            {
                var padded = ArgumentEdits.Rename(call.Tree.Text, input, suggestion);
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Rename to '{suggestion}'", padded, FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }
}

using ConfigLint.Configuration;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Rules;
using ConfigLint.Tests.Support;
using ConfigLint.Tests.Syntax.Hcl;

namespace ConfigLint.Tests.Model.Terraform;

/// <summary>Generated and broken files must bind, evaluate and pass the Terraform rules without an exception.</summary>
public sealed class TerraformRobustnessTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_modules_bind_evaluate_and_lint_without_exceptions(int seed)
    {
        using var workspace = new TempWorkspace();
        var generator = new HclGenerator(seed);
        workspace.Write("main.tf", generator.WellFormed());
        workspace.Write("other.tf", generator.WellFormed());
        workspace.Write("broken.tf", generator.Mutated());
        workspace.Write("modules/m/main.tf", generator.WellFormed());
        workspace.Write("calls.tf", "module \"m\" {\n  source = \"./modules/m\"\n}\nmodule \"self\" {\n  source = \"./\"\n}\n");
        workspace.Write("terraform.tfvars", generator.WellFormed());

        var model = TerraformGraph.Bind(workspace).Model();
        foreach (var module in model.Modules)
        {
            var evaluator = module.Evaluator;
            foreach (var node in module.Nodes)
            {
                switch (node)
                {
                    case TerraformLocalNode local:
                        _ = evaluator.Local(local.Name).ToString();
                        break;
                    case TerraformOutputNode output:
                        _ = evaluator.Output(output.Name).ToString();
                        break;
                    case TerraformVariableNode variable:
                        _ = evaluator.Variable(variable.Name).ToString();
                        break;
                    case TerraformBlockNode block:
                        foreach (var scope in evaluator.Instances(block) ?? [TerraformScope.Empty])
                        {
                            foreach (var attribute in block.Body.Attributes)
                            {
                                _ = evaluator.Evaluate(attribute.Expression, scope).ToString();
                            }
                        }

                        break;
                }
            }
        }

        var result = Linter.Run(new LintRequest
        {
            Paths = ["."],
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Configuration = LintConfiguration.Empty,
            Analyzers = [.. BuiltInAnalyzers.Create().Where(a => a.SupportedDiagnostics.All(d => d.Id.StartsWith("CL1", StringComparison.Ordinal)))],
            ReportAllFiles = true,
            MaxParallelism = 2,
        });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CL0002");
    }
}

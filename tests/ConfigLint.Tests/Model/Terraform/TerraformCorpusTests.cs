using System.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Model.Terraform;

/// <summary>
/// Opt-in: set <c>CONFIGLINT_TERRAFORM_CORPUS</c> to a directory of real modules (for example checkouts of public module
/// repositories) to bind and evaluate every argument of every node there; nothing may throw and it must stay fast.
/// </summary>
public sealed class TerraformCorpusTests
{
    [Fact]
    public void Every_argument_of_a_real_world_corpus_evaluates_without_exceptions()
    {
        if (Environment.GetEnvironmentVariable("CONFIGLINT_TERRAFORM_CORPUS") is not { Length: > 0 } corpus)
        {
            return;
        }

        var workspace = new TempWorkspace();
        try
        {
            CopyTerraform(corpus, workspace.Root);
            var watch = Stopwatch.StartNew();
            var model = TerraformGraph.Bind(workspace).Model();
            var bound = watch.ElapsedMilliseconds;
            var evaluated = 0;
            var known = 0;
            foreach (var module in model.Modules)
            {
                foreach (var node in module.Nodes.OfType<TerraformBlockNode>())
                {
                    foreach (var scope in module.Evaluator.Instances(node) ?? [TerraformScope.Empty])
                    {
                        foreach (var attribute in node.Body.Attributes)
                        {
                            var value = module.Evaluator.Evaluate(attribute.Expression, scope);
                            evaluated++;
                            known += value.IsWhollyKnown ? 1 : 0;
                            _ = value.ToString();
                        }
                    }
                }
            }

            Console.WriteLine($"{model.Modules.Length} modules bound in {bound} ms; {evaluated} arguments, {known} known, evaluated in {watch.ElapsedMilliseconds - bound} ms");
            Assert.True(evaluated > 0);
        }
        finally
        {
            workspace.Dispose();
        }
    }

    private static void CopyTerraform(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".tf", StringComparison.Ordinal) || name.EndsWith(".tf.json", StringComparison.Ordinal) || name.EndsWith(".tfvars", StringComparison.Ordinal)
                || name.EndsWith(".tpl", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
    }
}

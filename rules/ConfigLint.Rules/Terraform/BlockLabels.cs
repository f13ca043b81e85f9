using System.Collections.Frozen;
using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Syntax;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds blocks of the Terraform language with the wrong number of labels (<c>resource "aws_vpc" { }</c>).</summary>
public sealed class BlockLabels : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1004",
        name: "terraform-block-labels",
        title: "Wrong number of block labels",
        messageFormat: "'{0}' blocks take {1}, not {2}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Checks the labels of the blocks the Terraform language defines: `resource`, `data`, `ephemeral` and
            `action` take a type and a name; `module`, `variable`, `output`, `provider` and `check` a name;
            `locals`, `terraform`, `moved`, `import` and `removed` none; inside them `backend` and `state_store` a
            type, `provider_meta` a provider, `provisioner` a type, `dynamic` a block type, and `lifecycle`,
            `connection`, `content`, `validation`, `precondition`, `postcondition`, `assert`, `cloud` and
            `required_providers` none. Provider blocks nested in resources are not checked (their schema is the
            provider's). JSON files are read by the same rules, so their shape cannot be wrong in this way.

            ## Why is this bad?
            Terraform stops with "Missing name for resource" or "Extraneous label for variable" before anything else
            is checked.

            ## Example
            ```hcl
            resource "aws_s3_bucket" {
              bucket = "logs"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket" "logs" {
              bucket = "logs"
            }
            ```
            """,
        tags: ["terraform"]);

    private static readonly FrozenDictionary<string, string[]> TopLevel = new Dictionary<string, string[]>
    {
        ["resource"] = ["type", "name"],
        ["data"] = ["type", "name"],
        ["ephemeral"] = ["type", "name"],
        ["action"] = ["type", "name"],
        ["module"] = ["name"],
        ["variable"] = ["name"],
        ["output"] = ["name"],
        ["provider"] = ["name"],
        ["check"] = ["name"],
        ["locals"] = [],
        ["terraform"] = [],
        ["moved"] = [],
        ["import"] = [],
        ["removed"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> InTerraform = new Dictionary<string, string[]>
    {
        ["backend"] = ["type"],
        ["state_store"] = ["type"],
        ["provider_meta"] = ["provider"],
        ["cloud"] = [],
        ["required_providers"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> InResource = new Dictionary<string, string[]>
    {
        ["lifecycle"] = [],
        ["provisioner"] = ["type"],
        ["connection"] = [],
        ["dynamic"] = ["block type"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> InLifecycle = new Dictionary<string, string[]>
    {
        ["precondition"] = [],
        ["postcondition"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxAction(Analyze, ConfigFormat.Terraform);

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (!TerraformFiles.IsConfigurationFile(context.Tree.Path) || TerraformBody.ForFile(context.Tree) is not { } body)
        {
            return;
        }

        foreach (var block in body.Blocks)
        {
            if (!Check(context, block, TopLevel))
            {
                continue;
            }

            switch (block.Type)
            {
                case "terraform":
                    CheckAll(context, block.Body, InTerraform);
                    break;
                case "resource" or "data" or "ephemeral":
                    CheckResourceBody(context, block.Body);
                    break;
                case "variable":
                    CheckAll(context, block.Body, new Dictionary<string, string[]> { ["validation"] = [] });
                    break;
                case "output":
                    CheckAll(context, block.Body, InLifecycle);
                    break;
                case "check":
                    CheckAll(context, block.Body, new Dictionary<string, string[]> { ["data"] = ["type", "name"], ["assert"] = [] });
                    break;
                case "removed":
                    CheckResourceBody(context, block.Body);
                    break;
            }
        }
    }

    // At the top of a resource the language's blocks are known; deeper, in a provider's nested blocks (ingress,
    // rule), only dynamic blocks are the language's.
    private static void CheckResourceBody(SyntaxTreeAnalysisContext context, TerraformBody body, bool topLevel = true)
    {
        foreach (var nested in body.Blocks)
        {
            var known = topLevel || nested.Type == "dynamic";
            if (known && Check(context, nested, InResource))
            {
                switch (nested.Type)
                {
                    case "lifecycle":
                        CheckAll(context, nested.Body, InLifecycle);
                        break;
                    case "dynamic":
                        CheckAll(context, nested.Body, new Dictionary<string, string[]> { ["content"] = [] });
                        foreach (var content in nested.Body.GetBlocks("content"))
                        {
                            CheckResourceBody(context, content.Body, topLevel: false);
                        }

                        break;
                    case "provisioner":
                        CheckAll(context, nested.Body, new Dictionary<string, string[]> { ["connection"] = [] });
                        break;
                }
            }
            else if (!known || !InResource.ContainsKey(nested.Type))
            {
                CheckResourceBody(context, nested.Body, topLevel: false);
            }
        }
    }

    private static void CheckAll(SyntaxTreeAnalysisContext context, TerraformBody body, IReadOnlyDictionary<string, string[]> known)
    {
        foreach (var nested in body.Blocks)
        {
            Check(context, nested, known);
        }
    }

    // True when the block is known and its labels are right.
    private static bool Check(SyntaxTreeAnalysisContext context, TerraformBlock block, IReadOnlyDictionary<string, string[]> known)
    {
        if (!known.TryGetValue(block.Type, out var names))
        {
            return false;
        }

        if (block.Labels.Length == names.Length)
        {
            return true;
        }

        var expected = names.Length switch
        {
            0 => "no labels",
            1 => $"one label ({names[0]})",
            _ => $"two labels ({string.Join(" and ", names)})",
        };
        var given = block.Labels.Length switch
        {
            0 => "none",
            1 => "one",
            2 => "two",
            3 => "three",
            var n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        context.ReportDiagnostic(Diagnostic.Create(Rule, block.Location, block.Type, expected, given));
        return false;
    }
}

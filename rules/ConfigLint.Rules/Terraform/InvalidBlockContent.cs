using System.Collections.Frozen;
using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>
/// Finds what the language does not allow at the top of a file and in <c>terraform</c>, <c>variable</c> and
/// <c>output</c> blocks: unknown block types and arguments, a missing <c>value</c>, references in a variable's
/// <c>default</c> or in <c>required_version</c>.
/// </summary>
public sealed class InvalidBlockContent : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1006",
        name: "terraform-invalid-block-content",
        title: "Argument or block not allowed here",
        messageFormat: "{0}{1}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Checks the parts of a configuration whose schema is the language's own (Terraform's `configs` package,
            read at commit `883c7221` of 2026-08-21, which includes the arguments of releases up to 1.15):

            - the top of a file holds only `terraform`, `provider`, `variable`, `locals`, `output`, `module`,
              `resource`, `data`, `ephemeral`, `action`, `moved`, `removed`, `import` and `check` blocks;
            - `terraform` takes `required_version` (a plain string), `experiments` and `language`, and the blocks
              `required_providers`, `backend`, `cloud`, `state_store` and `provider_meta`;
            - `variable` takes `description`, `default`, `type`, `sensitive`, `ephemeral`, `nullable`,
              `deprecated` and `const`, and `validation` blocks with `condition` and `error_message`; its `default`
              cannot refer to anything;
            - `output` needs `value` and takes `description`, `depends_on`, `sensitive`, `ephemeral`, `deprecated`
              and `type`, and `precondition`/`postcondition` blocks.

            The nearest allowed name is suggested.

            ## Why is this bad?
            Terraform stops with "Unsupported argument", "Unsupported block type", "Missing required argument" or
            "Variables not allowed" before planning.

            ## Example
            ```hcl
            variable "instance_type" {
              type     = string
              defualt  = "t3.micro"
            }
            ```

            ## Use instead
            ```hcl
            variable "instance_type" {
              type    = string
              default = "t3.micro"
            }
            ```
            """,
        tags: ["terraform"]);

    private static readonly FrozenSet<string> FileBlocks = Set("terraform", "provider", "variable", "locals", "output", "module", "resource", "data",
        "ephemeral", "action", "moved", "removed", "import", "check");

    private static readonly FrozenSet<string> TerraformArguments = Set("required_version", "experiments", "language");
    private static readonly FrozenSet<string> TerraformBlocks = Set("required_providers", "backend", "cloud", "state_store", "provider_meta");
    private static readonly FrozenSet<string> VariableArguments = Set("description", "default", "type", "sensitive", "ephemeral", "nullable", "deprecated", "const");
    private static readonly FrozenSet<string> VariableBlocks = Set("validation");
    private static readonly FrozenSet<string> ValidationArguments = Set("condition", "error_message");
    private static readonly FrozenSet<string> OutputArguments = Set("description", "value", "depends_on", "sensitive", "ephemeral", "deprecated", "type");
    private static readonly FrozenSet<string> OutputBlocks = Set("precondition", "postcondition");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxAction(Analyze, ConfigFormat.Terraform, ConfigFormat.TerraformJson);

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (!TerraformFiles.IsConfigurationFile(context.Tree.Path) || TerraformBody.ForFile(context.Tree) is not { } body)
        {
            return;
        }

        // In JSON every unknown top-level member reads as an attribute; "//" is a comment.
        foreach (var attribute in body.Attributes)
        {
            if (attribute.Name == "required_providers")
            {
                Report(context, attribute.NameLocation, "'required_providers' belongs inside a 'terraform' block", null);
            }
            else
            {
                Report(context, attribute.NameLocation, $"'{attribute.Name}' is not allowed at the top level of a configuration file", Suggest(attribute.Name, FileBlocks));
            }
        }

        foreach (var block in body.Blocks)
        {
            switch (block.Type)
            {
                case "terraform":
                    CheckBody(context, block, TerraformArguments, TerraformBlocks);
                    if (block.Body.GetAttribute("required_version") is { } version && !version.Expression.TryGetStaticString(out _))
                    {
                        Report(context, version.Expression.Location, "'required_version' must be a plain string such as \">= 1.6\"; it cannot use expressions", null);
                    }

                    break;
                case "variable":
                    CheckBody(context, block, VariableArguments, VariableBlocks);
                    foreach (var validation in block.Body.GetBlocks("validation"))
                    {
                        CheckBody(context, validation, ValidationArguments, FrozenSet<string>.Empty, required: ["condition", "error_message"]);
                    }

                    if (block.Body.GetAttribute("default") is { } defaultValue)
                    {
                        foreach (var reference in TerraformReferenceCollector.Collect(defaultValue.Expression))
                        {
                            Report(context, reference.Location, $"a variable's default cannot refer to '{reference.Subject}'; use a local value that falls back to it", null);
                        }
                    }

                    break;
                case "output":
                    CheckBody(context, block, OutputArguments, OutputBlocks, required: ["value"]);
                    break;
                case var type when !FileBlocks.Contains(type):
                    var hint = type == "required_providers" ? "; it belongs inside a 'terraform' block" : NameSuggestions.Hint(NameSuggestions.Suggest(type, FileBlocks));
                    Report(context, block.TypeLocation, $"'{type}' is not a block type of the Terraform language", hint.Length > 0 ? hint : null);
                    break;
            }
        }
    }

    private static void CheckBody(SyntaxTreeAnalysisContext context, TerraformBlock block, FrozenSet<string> arguments, FrozenSet<string> blocks, string[]? required = null)
    {
        foreach (var attribute in block.Body.Attributes)
        {
            if (attribute.Name == "//" || arguments.Contains(attribute.Name))
            {
                continue;
            }

            var message = blocks.Contains(attribute.Name)
                ? $"'{attribute.Name}' is a block in '{block.Type}', not an argument"
                : $"'{block.Type}' blocks have no argument '{attribute.Name}'";
            Report(context, attribute.NameLocation, message, blocks.Contains(attribute.Name) ? null : Suggest(attribute.Name, arguments));
        }

        foreach (var nested in block.Body.Blocks)
        {
            if (!blocks.Contains(nested.Type))
            {
                var message = arguments.Contains(nested.Type)
                    ? $"'{nested.Type}' is an argument of '{block.Type}', not a block; write {nested.Type} = …"
                    : $"'{block.Type}' blocks have no block type '{nested.Type}'";
                Report(context, nested.TypeLocation, message, arguments.Contains(nested.Type) ? null : Suggest(nested.Type, blocks));
            }
        }

        foreach (var name in required ?? [])
        {
            if (block.Body.GetAttribute(name) is null)
            {
                Report(context, block.Location, $"'{block}' needs the argument '{name}'", null);
            }
        }
    }

    private static string? Suggest(string given, IEnumerable<string> candidates) => NameSuggestions.Suggest(given, candidates) is { } s ? NameSuggestions.Hint(s) : null;

    private static void Report(SyntaxTreeAnalysisContext context, Location location, string message, string? hint) =>
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, message, hint ?? string.Empty));

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}

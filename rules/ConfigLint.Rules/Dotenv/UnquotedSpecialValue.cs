using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds unquoted values that contain blanks or <c>#</c>.</summary>
public sealed class UnquotedSpecialValue : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5006",
        name: "dotenv-unquoted-special-value",
        title: "Unquoted value with blanks or '#'",
        messageFormat: "The value of '{0}' contains {1} but is not quoted; loaders disagree on where it ends",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports unquoted values that contain spaces, tabs or `#`.

            ## Why is this bad?
            A shell runs `GREETING=hello world` as the command `world`; some loaders cut the value at `#`,
            others keep it, so `PASSWORD=abc#123` is `abc` in one place and `abc#123` in another.

            ## Example
            ```dotenv
            GREETING=hello world
            PASSWORD=abc#123
            ```

            ## Use instead
            ```dotenv
            GREETING="hello world"
            PASSWORD="abc#123"
            ```

            ## Fix safety
            The fix wraps the value in double quotes. It is safe unless the value contains `\` or `"`, which
            must be escaped inside double quotes and are then read differently by loaders without escapes.
            """,
        tags: ["dotenv"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxAction(Analyze, ConfigFormat.Dotenv);

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (context.Tree is not DotenvSyntaxTree tree)
        {
            return;
        }

        foreach (var line in tree.Entries)
        {
            if (line.Quote != DotenvQuote.None || line.Value is not { Length: > 0 } value)
            {
                continue;
            }

            var hasBlank = value.Contains(' ') || value.Contains('\t');
            var hasHash = value.Contains('#');
            if (!hasBlank && !hasHash)
            {
                continue;
            }

            var what = hasBlank && hasHash ? "blanks and '#'" : hasBlank ? "blanks" : "'#'";
            var needsEscapes = value.Contains('\\') || value.Contains('"');
            var quoted = "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            var span = line.RawValue!.Value;
            context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(span), line.Key, what)
                .WithFix(CodeFix.Create("Wrap the value in double quotes", new TextEdit(tree.Path, span, quoted),
                    needsEscapes ? FixSafety.Unsafe : FixSafety.Safe)));
        }
    }
}

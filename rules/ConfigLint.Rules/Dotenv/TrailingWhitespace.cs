using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds blanks at the end of lines.</summary>
public sealed class TrailingWhitespace : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5009",
        name: "dotenv-trailing-whitespace",
        title: "Trailing whitespace",
        messageFormat: "Trailing whitespace; some loaders keep it as part of the value",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports spaces and tabs at the end of a line.

            ## Why is this bad?
            Loaders without trimming keep the blanks: `API_TOKEN=abc ` sends `abc ` and authentication fails
            with nothing visible in the file.

            ## Example
            ```dotenv
            API_TOKEN=abc␠␠
            ```

            ## Use instead
            ```dotenv
            API_TOKEN=abc
            ```

            ## Fix safety
            The fix deletes the blanks and is safe.
            """,
        tags: ["dotenv", "style"]);

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

        foreach (var line in tree.Lines)
        {
            if (line.TrailingWhitespace is { } span)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(span))
                    .WithFix(CodeFix.Create("Remove trailing whitespace", TextEdit.Delete(tree.Path, span))));
            }
        }
    }
}

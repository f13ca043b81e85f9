using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds lines that are neither blank, a comment, nor <c>KEY=value</c>.</summary>
public sealed class MalformedLine : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5002",
        name: "dotenv-malformed-line",
        title: "Line is not KEY=value",
        messageFormat: "This line is not 'KEY=value': {0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports a line of an env file that is not blank, not a `#` comment and not `KEY=value`
            (optionally prefixed with `export`).

            ## Why is this bad?
            Docker Compose refuses the file ("unexpected character"), shells fail on `source`, and lenient
            loaders skip the line silently, so the variable the author meant to set is simply missing.

            ## Example
            ```dotenv
            DATABASE_URL postgres://db:5432/app
            ="orphan value"
            ```

            ## Use instead
            ```dotenv
            DATABASE_URL=postgres://db:5432/app
            ```
            """,
        tags: ["dotenv", "syntax"]);

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
            if (line.Kind == DotenvLineKind.Malformed)
            {
                var start = line.Span.Start;
                while (start < line.Span.End && char.IsWhiteSpace(tree.Text.Content[start]))
                {
                    start++;
                }

                var span = Text.TextSpan.FromBounds(start, line.TrailingWhitespace?.Start ?? line.Span.End);
                context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(span), line.Problem));
            }
        }
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds quoted values whose closing quote is missing.</summary>
public sealed class UnbalancedQuotes : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5007",
        name: "dotenv-unbalanced-quotes",
        title: "Quote is never closed",
        messageFormat: "The {0} quote opened in the value of '{1}' is never closed",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports a value that opens a quote and never closes it.

            ## Why is this bad?
            Loaders that allow multi-line values swallow every following line into this value, so the
            variables below it disappear; strict loaders refuse the whole file ("Missing closing quote").

            ## Example
            ```dotenv
            SECRET_KEY="s3cr3t
            DEBUG=false
            ```

            ## Use instead
            ```dotenv
            SECRET_KEY="s3cr3t"
            DEBUG=false
            ```

            ## Fix safety
            The fix adds the closing quote at the end of the line. It is unsafe: the author may have meant a
            multi-line value.
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

        foreach (var line in tree.Entries)
        {
            if (line.IsClosed || line.RawValue is not { } raw)
            {
                continue;
            }

            var quote = line.Quote == DotenvQuote.Double ? "\"" : "'";
            context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(new TextSpan(raw.Start, 1)),
                    line.Quote == DotenvQuote.Double ? "double" : "single", line.Key)
                .WithFix(CodeFix.Create("Close the quote at the end of the line", TextEdit.Insert(tree.Path, raw.End, quote), FixSafety.Unsafe)));
        }
    }
}

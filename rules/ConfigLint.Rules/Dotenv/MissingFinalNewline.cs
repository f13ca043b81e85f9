using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds env files whose last line has no line break.</summary>
public sealed class MissingFinalNewline : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5010",
        name: "dotenv-missing-final-newline",
        title: "No line break at the end of the file",
        messageFormat: "The file does not end with a line break; line-based loaders skip the last line",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports an env file whose last line is not terminated by a line break.

            ## Why is this bad?
            `while read line` loops in shell scripts drop an unterminated last line, and concatenating files
            (`cat .env .env.local`) glues the last key of one to the first key of the next.

            ## Example
            ```dotenv
            PORT=3000⏎
            DEBUG=false
            ```

            ## Use instead
            ```dotenv
            PORT=3000⏎
            DEBUG=false⏎
            ```

            ## Fix safety
            The fix appends a line break (CRLF when the file uses CRLF) and is safe.
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

        var content = tree.Text.Content;
        if (content.Length == 0 || content[^1] is '\n' or '\r')
        {
            return;
        }

        var lastLine = tree.Text.GetLineSpan(tree.Text.LineCount - 1);
        var newline = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(new TextSpan(lastLine.End, 0)))
            .WithFix(CodeFix.Create("Add a line break at the end of the file", TextEdit.Insert(tree.Path, content.Length, newline))));
    }
}

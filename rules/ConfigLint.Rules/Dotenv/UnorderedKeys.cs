using System.Collections.Immutable;
using System.Text;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds keys out of alphabetical order within a block of consecutive entries (opt-in).</summary>
public sealed class UnorderedKeys : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5011",
        name: "dotenv-unordered-keys",
        title: "Keys not in alphabetical order",
        messageFormat: "'{0}' should come before '{1}' in this block",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Reports the first key that breaks alphabetical order in each block of consecutive entries (blocks
            are separated by blank lines or comments). Off by default; enable it with
            `rules: { CL5011: note }`.

            ## Why is this bad?
            Sorted blocks make missing and duplicate keys visible in review and keep diffs between
            `.env.example` and `.env.production` small.

            ## Example
            ```dotenv
            PORT=3000
            DEBUG=false
            ```

            ## Use instead
            ```dotenv
            DEBUG=false
            PORT=3000
            ```

            ## Fix safety
            The fix sorts the block. It is unsafe because `${VAR}` references are expanded in file order.
            """,
        tags: ["dotenv", "style"],
        isEnabledByDefault: false);

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

        var block = new List<DotenvLine>();
        foreach (var line in tree.Lines)
        {
            if (line.Kind == DotenvLineKind.Entry)
            {
                block.Add(line);
                continue;
            }

            Check(context, tree, block);
            block.Clear();
        }

        Check(context, tree, block);
    }

    private static void Check(SyntaxTreeAnalysisContext context, DotenvSyntaxTree tree, List<DotenvLine> block)
    {
        for (var i = 1; i < block.Count; i++)
        {
            if (string.CompareOrdinal(block[i - 1].Key, block[i].Key) <= 0)
            {
                continue;
            }

            var sorted = block.OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
            var replacement = new StringBuilder();
            var lastIndex = block.Count - 1;
            var endsWithBreak = block[lastIndex].FullSpan.End > block[lastIndex].Span.End;
            var lineBreak = endsWithBreak ? tree.Text.ToString(TextSpan.FromBounds(block[lastIndex].Span.End, block[lastIndex].FullSpan.End)) : "\n";
            for (var j = 0; j < sorted.Count; j++)
            {
                replacement.Append(tree.Text.AsSpan(sorted[j].Span));
                if (j < sorted.Count - 1 || endsWithBreak)
                {
                    replacement.Append(lineBreak);
                }
            }

            var blockSpan = TextSpan.FromBounds(block[0].FullSpan.Start, block[lastIndex].FullSpan.End);
            context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(block[i].KeySpan!.Value), block[i].Key, block[i - 1].Key)
                .WithFix(CodeFix.Create("Sort the keys of this block", new TextEdit(tree.Path, blockSpan, replacement.ToString()), FixSafety.Unsafe)));
            return;
        }
    }
}

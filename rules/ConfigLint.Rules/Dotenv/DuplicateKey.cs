using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds a key defined twice in one dotenv file.</summary>
public sealed class DuplicateKey : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5001",
        name: "dotenv-duplicate-key",
        title: "Key defined twice in one env file",
        messageFormat: "'{0}' is already defined on line {1}; this definition silently overrides it",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports a key that an env file defines more than once.

            ## Why is this bad?
            Loaders keep the last definition, so the earlier line is dead but still read by people. Editing
            the first `PORT=` then has no effect, which is exactly how ports drift between environments.

            ## Example
            ```dotenv
            PORT=3000
            DEBUG=false
            PORT=5000
            ```

            ## Use instead
            ```dotenv
            DEBUG=false
            PORT=5000
            ```

            ## Fix safety
            The fix deletes the earlier definition, which keeps the value loaders use today. It is unsafe
            because a loader that keeps the first definition would change value.
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

        var previous = new Dictionary<string, DotenvLine>(StringComparer.Ordinal);
        foreach (var line in tree.Entries)
        {
            if (previous.TryGetValue(line.Key!, out var earlier))
            {
                var earlierLine = tree.Text.GetLineIndex(earlier.Span.Start) + 1;
                var diagnostic = Diagnostic.Create(Rule, tree.GetLocation(line.KeySpan!.Value), line.Key, earlierLine)
                    .WithRelated(tree.GetLocation(earlier.KeySpan!.Value), "first definition")
                    .WithFix(CodeFix.Create($"Remove the earlier definition on line {earlierLine}",
                        TextEdit.Delete(tree.Path, earlier.FullSpan), FixSafety.Unsafe));
                context.ReportDiagnostic(diagnostic);
            }

            previous[line.Key!] = line;
        }
    }
}

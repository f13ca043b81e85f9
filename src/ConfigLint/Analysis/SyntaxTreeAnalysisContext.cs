using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Syntax;

namespace ConfigLint.Analysis;

/// <summary>The context of a syntax callback: one file's tree.</summary>
public sealed class SyntaxTreeAnalysisContext : CallbackContext
{
    internal SyntaxTreeAnalysisContext(ConfigAnalyzer analyzer, SyntaxTree tree, ConfigGraph graph, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(analyzer, graph, options, report, cancellationToken) => Tree = tree;

    /// <summary>The file being analyzed.</summary>
    public SyntaxTree Tree { get; }
}

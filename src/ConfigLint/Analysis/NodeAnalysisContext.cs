using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Analysis;

/// <summary>The context of a node callback: the node being analyzed.</summary>
public sealed class NodeAnalysisContext : CallbackContext
{
    internal NodeAnalysisContext(ConfigAnalyzer analyzer, ConfigNode node, ConfigGraph graph, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(analyzer, graph, options, report, cancellationToken) => Node = node;

    /// <summary>The node being analyzed.</summary>
    public ConfigNode Node { get; }
}

using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Analysis;

/// <summary>The context of a workspace callback: the whole graph, for rules that compare files.</summary>
public sealed class WorkspaceAnalysisContext : CallbackContext
{
    internal WorkspaceAnalysisContext(ConfigAnalyzer analyzer, ConfigGraph graph, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(analyzer, graph, options, report, cancellationToken)
    {
    }
}

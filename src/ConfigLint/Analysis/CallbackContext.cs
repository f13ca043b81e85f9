using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Analysis;

/// <summary>What every analyzer callback gets: the graph, options, cancellation and a way to report.</summary>
public abstract class CallbackContext
{
    private readonly ConfigAnalyzer _analyzer;
    private readonly Action<Diagnostic> _report;

    private protected CallbackContext(ConfigAnalyzer analyzer, ConfigGraph graph, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _analyzer = analyzer;
        _report = report;
        Graph = graph;
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>The whole workspace graph.</summary>
    public ConfigGraph Graph { get; }

    /// <summary>Configuration for analyzers.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Stop early when cancelled.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding; its descriptor must be one of the analyzer's <see cref="ConfigAnalyzer.SupportedDiagnostics"/>.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!_analyzer.SupportedDiagnostics.Contains(diagnostic.Descriptor))
        {
            throw new InvalidOperationException(
                $"Analyzer '{_analyzer.Name}' reported '{diagnostic.Id}', which is not in its SupportedDiagnostics.");
        }

        _report(diagnostic);
    }
}

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

        CheckLocation(diagnostic.Location, "its location");
        foreach (var related in diagnostic.RelatedLocations)
        {
            CheckLocation(related.Location, "a related location");
        }

        foreach (var redaction in diagnostic.Redactions)
        {
            CheckLocation(redaction, "a redaction");
        }

        foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits))
        {
            CheckSpan(edit.Path, edit.Span, "a fix");
        }

        _report(diagnostic);
    }

    // Findings must point into files of this workspace; anything else (a plugin's bug) is refused here, where the
    // analyzer that made it can be named, instead of breaking a formatter later.
    private void CheckLocation(Text.Location location, string what)
    {
        if (!location.IsNone)
        {
            CheckSpan(location.Path, location.Span, what);
        }
    }

    private void CheckSpan(string path, Text.TextSpan span, string what)
    {
        if (Graph.FindTree(path) is not { } tree)
        {
            throw new InvalidOperationException($"Analyzer '{_analyzer.Name}' reported {what} in '{path}', which is not a file of this workspace.");
        }

        if (span.Start < 0 || span.Length < 0 || span.End > tree.Text.Length)
        {
            throw new InvalidOperationException($"Analyzer '{_analyzer.Name}' reported {what} at {span}, outside '{path}' ({tree.Text.Length} characters).");
        }
    }
}

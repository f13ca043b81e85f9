using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Text;

namespace ConfigLint.Analysis;

/// <summary>
/// Runs analyzers over a graph: initializes each enabled analyzer, dispatches callbacks in parallel by
/// format, node kind and type, turns an analyzer's exception into a <c>CL0002</c> finding (the run goes
/// on), applies configured severities and returns findings in <see cref="DiagnosticOrder"/>.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly IReadOnlyList<ConfigAnalyzer> _analyzers;
    private readonly RuleSeverities _severities;
    private readonly AnalyzerOptions _options;
    private readonly int _maxParallelism;

    /// <summary>Creates a driver.</summary>
    public AnalyzerDriver(IReadOnlyList<ConfigAnalyzer> analyzers, RuleSeverities severities, AnalyzerOptions options, int maxParallelism = 0)
    {
        _analyzers = analyzers;
        _severities = severities;
        _options = options;
        _maxParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
    }

    /// <summary>Analyzes the graph and returns findings, sorted.</summary>
    public ImmutableArray<Diagnostic> Run(ConfigGraph graph, CancellationToken cancellationToken = default)
    {
        var sink = new ConcurrentBag<Diagnostic>();
        var registry = new AnalyzerRegistry();
        foreach (var analyzer in _analyzers)
        {
            if (!analyzer.SupportedDiagnostics.Any(_severities.IsEnabled))
            {
                continue;
            }

            Guard(analyzer, Location.None, sink, () => analyzer.Initialize(new AnalysisContext(analyzer, registry)));
        }

        var work = new List<Action>();
        foreach (var tree in graph.Trees)
        {
            foreach (var registration in registry.SyntaxActionsFor(tree.Format))
            {
                var location = Location.FileStart(tree.Path);
                work.Add(() => Guard(registration.Analyzer, location, sink, () =>
                    registration.Action(new SyntaxTreeAnalysisContext(registration.Analyzer, tree, graph, _options, sink.Add, cancellationToken))));
            }
        }

        foreach (var node in graph.AllNodes)
        {
            foreach (var registration in registry.NodeActionsFor(node))
            {
                work.Add(() => Guard(registration.Analyzer, node.Location, sink, () =>
                    registration.Action(new NodeAnalysisContext(registration.Analyzer, node, graph, _options, sink.Add, cancellationToken))));
            }
        }

        foreach (var registration in registry.WorkspaceActions)
        {
            work.Add(() => Guard(registration.Analyzer, Location.None, sink, () =>
                registration.Action(new WorkspaceAnalysisContext(registration.Analyzer, graph, _options, sink.Add, cancellationToken))));
        }

        Parallel.ForEach(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = _maxParallelism, CancellationToken = cancellationToken },
            item => item());

        var result = new List<Diagnostic>(sink.Count);
        foreach (var diagnostic in sink)
        {
            if (_severities.Apply(diagnostic) is { } configured)
            {
                result.Add(configured);
            }
        }

        result.Sort(DiagnosticOrder.Instance);
        return [.. result];
    }

    private static void Guard(ConfigAnalyzer analyzer, Location location, ConcurrentBag<Diagnostic> sink, Action action)
    {
        try
        {
            action();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            sink.Add(Diagnostic.Create(
                EngineDiagnostics.AnalyzerException,
                location,
                analyzer.Name,
                $"{exception.GetType().Name}: {exception.Message}"));
        }
    }
}

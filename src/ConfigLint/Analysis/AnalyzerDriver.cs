using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Execution;
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

    /// <summary>How long one callback may run before it is abandoned and reported (<c>CL0002</c>).</summary>
    public TimeSpan CallbackBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Analyzes the graph and returns findings, sorted.</summary>
    public ImmutableArray<Diagnostic> Run(ConfigGraph graph, CancellationToken cancellationToken = default)
    {
        var initializationFindings = new List<Diagnostic>();
        var registry = new AnalyzerRegistry();
        foreach (var analyzer in _analyzers)
        {
            Guard(analyzer, Location.None, initializationFindings.Add, () =>
            {
                if (analyzer.SupportedDiagnostics.Any(_severities.IsEnabled))
                {
                    analyzer.Initialize(new AnalysisContext(analyzer, registry));
                }
            });
        }

        var work = new List<WorkItem>();
        foreach (var tree in graph.Trees)
        {
            foreach (var registration in registry.SyntaxActionsFor(tree.Format))
            {
                work.Add(new WorkItem(registration.Analyzer, Location.FileStart(tree.Path), report =>
                    registration.Action(new SyntaxTreeAnalysisContext(registration.Analyzer, tree, graph, _options, report, cancellationToken))));
            }
        }

        foreach (var node in graph.AllNodes)
        {
            foreach (var registration in registry.NodeActionsFor(node))
            {
                work.Add(new WorkItem(registration.Analyzer, node.Location, report =>
                    registration.Action(new NodeAnalysisContext(registration.Analyzer, node, graph, _options, report, cancellationToken))));
            }
        }

        foreach (var registration in registry.WorkspaceActions)
        {
            work.Add(new WorkItem(registration.Analyzer, Location.None, report =>
                registration.Action(new WorkspaceAnalysisContext(registration.Analyzer, graph, _options, report, cancellationToken))));
        }

        var perItem = BudgetedRunner.Run(
            work,
            _maxParallelism,
            CallbackBudget,
            item =>
            {
                List<Diagnostic>? found = null;
                Guard(item.Analyzer, item.Location, d => (found ??= []).Add(d), () => item.Body(d => (found ??= []).Add(d)));
                return found;
            },
            item => [Diagnostic.Create(
                EngineDiagnostics.AnalyzerException,
                item.Location,
                SafeName(item.Analyzer),
                $"it ran longer than the {CallbackBudget.TotalSeconds:0.#}-second budget and was abandoned")],
            cancellationToken);

        var result = new List<Diagnostic>();
        foreach (var diagnostic in initializationFindings.Concat(perItem.Where(l => l is not null).SelectMany(l => l!)))
        {
            if (_severities.Apply(diagnostic) is { } configured)
            {
                result.Add(configured);
            }
        }

        result.Sort(DiagnosticOrder.Instance);
        return [.. result];
    }

    private static void Guard(ConfigAnalyzer analyzer, Location location, Action<Diagnostic> report, Action action)
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
            report(Diagnostic.Create(
                EngineDiagnostics.AnalyzerException,
                location,
                SafeName(analyzer),
                $"{exception.GetType().Name}: {exception.Message}"));
        }
    }

    // A plugin's Name is its type name unless it overrides it; an override may throw too.
    private static string SafeName(ConfigAnalyzer analyzer)
    {
        try
        {
            return analyzer.Name;
        }
        catch (Exception)
        {
            return analyzer.GetType().Name;
        }
    }

    private sealed record WorkItem(ConfigAnalyzer Analyzer, Location Location, Action<Action<Diagnostic>> Body);
}

using System.Collections.Immutable;
using ConfigLint.Model;
using ConfigLint.Syntax;

namespace ConfigLint.Analysis;

/// <summary>Given to <see cref="ConfigAnalyzer.Initialize"/>: where an analyzer registers what it wants to see.</summary>
public sealed class AnalysisContext
{
    private readonly ConfigAnalyzer _analyzer;
    private readonly AnalyzerRegistry _registry;

    internal AnalysisContext(ConfigAnalyzer analyzer, AnalyzerRegistry registry)
    {
        _analyzer = analyzer;
        _registry = registry;
    }

    /// <summary>Calls <paramref name="action"/> once for every file of the given formats (syntax rules).</summary>
    public void RegisterSyntaxAction(Action<SyntaxTreeAnalysisContext> action, params ConfigFormat[] formats)
    {
        ArgumentNullException.ThrowIfNull(action);
        foreach (var format in formats)
        {
            _registry.AddSyntaxAction(format, new(_analyzer, action));
        }
    }

    /// <summary>Calls <paramref name="action"/> once for every node of the given kinds.</summary>
    public void RegisterNodeAction(Action<NodeAnalysisContext> action, params NodeKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        foreach (var kind in kinds)
        {
            _registry.AddNodeAction(kind, type: null, new(_analyzer, action));
        }
    }

    /// <summary>Calls <paramref name="action"/> once for every node of <paramref name="kind"/> whose type is one of <paramref name="types"/>.</summary>
    public void RegisterNodeAction(Action<NodeAnalysisContext> action, NodeKind kind, params string[] types)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (types.Length == 0)
        {
            _registry.AddNodeAction(kind, type: null, new(_analyzer, action));
            return;
        }

        foreach (var type in types.Distinct(StringComparer.Ordinal))
        {
            _registry.AddNodeAction(kind, type, new(_analyzer, action));
        }
    }

    /// <summary>Calls <paramref name="action"/> once for the whole workspace (cross-file rules).</summary>
    public void RegisterWorkspaceAction(Action<WorkspaceAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _registry.AddWorkspaceAction(new(_analyzer, action));
    }
}

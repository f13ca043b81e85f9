using System.Collections.Immutable;
using ConfigLint.Model;
using ConfigLint.Syntax;

namespace ConfigLint.Analysis;

/// <summary>The callbacks of all analyzers, indexed by format, node kind and type so dispatch is a lookup.</summary>
internal sealed class AnalyzerRegistry
{
    public Dictionary<ConfigFormat, List<Registration<SyntaxTreeAnalysisContext>>> SyntaxActions { get; } = [];
    public Dictionary<NodeKind, List<Registration<NodeAnalysisContext>>> NodeActionsAnyType { get; } = [];
    public Dictionary<(NodeKind, string), List<Registration<NodeAnalysisContext>>> NodeActionsByType { get; } = [];
    public List<Registration<WorkspaceAnalysisContext>> WorkspaceActions { get; } = [];

    public void AddSyntaxAction(ConfigFormat format, Registration<SyntaxTreeAnalysisContext> registration) =>
        GetOrAdd(SyntaxActions, format).Add(registration);

    public void AddNodeAction(NodeKind kind, string? type, Registration<NodeAnalysisContext> registration)
    {
        if (type is null)
        {
            GetOrAdd(NodeActionsAnyType, kind).Add(registration);
        }
        else
        {
            GetOrAdd(NodeActionsByType, (kind, type)).Add(registration);
        }
    }

    public void AddWorkspaceAction(Registration<WorkspaceAnalysisContext> registration) => WorkspaceActions.Add(registration);

    public IEnumerable<Registration<NodeAnalysisContext>> NodeActionsFor(ConfigNode node)
    {
        IEnumerable<Registration<NodeAnalysisContext>> result = NodeActionsAnyType.TryGetValue(node.Kind, out var any) ? any : [];
        return NodeActionsByType.TryGetValue((node.Kind, node.Type), out var typed) ? result.Concat(typed) : result;
    }

    public ImmutableArray<Registration<SyntaxTreeAnalysisContext>> SyntaxActionsFor(ConfigFormat format) =>
        SyntaxActions.TryGetValue(format, out var list) ? [.. list] : [];

    private static List<T> GetOrAdd<TKey, T>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}

using System.Collections.Immutable;

namespace ConfigLint.Model.Compose;

/// <summary>Every Compose project in the workspace; rules get it with <c>graph.GetModel&lt;ComposeModel&gt;()</c>.</summary>
public sealed class ComposeModel(ImmutableArray<ComposeProject> projects)
{
    /// <summary>The projects, by base file path.</summary>
    public ImmutableArray<ComposeProject> Projects { get; } = projects;
}

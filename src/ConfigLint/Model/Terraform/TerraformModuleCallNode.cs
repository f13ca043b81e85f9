using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// A <c>module</c> block. A local source (<c>./modules/vpc</c>, <c>../shared</c>) is loaded and bound as
/// <see cref="Target"/>; registry, git and other remote sources are not loaded (<see cref="Target"/> is null).
/// </summary>
public sealed class TerraformModuleCallNode : TerraformBlockNode
{
    /// <summary>The arguments Terraform itself reads on a module block; every other argument is an input variable.</summary>
    public static FrozenSet<string> MetaArguments { get; } =
        FrozenSet.ToFrozenSet(["source", "version", "count", "for_each", "providers", "depends_on"], StringComparer.Ordinal);

    internal TerraformModuleCallNode(string id, TerraformModule module, TerraformBlock block, string name)
        : base(id, NodeKind.TerraformModule, string.Empty, name, module, "module." + name, block)
    {
        Source = GetArgument("source") is { } source && source.Expression.TryGetStaticString(out var text) ? text : null;
        LocalDirectory = Source is { } s ? TerraformFiles.ResolveLocalSource(module.Directory, s) : null;
    }

    /// <summary>The <c>source</c> string, or null when missing or not a plain string.</summary>
    public string? Source { get; }

    /// <summary>True when <see cref="Source"/> is a local path (starts with <c>./</c> or <c>../</c>).</summary>
    public bool IsLocal => Source is { } s && TerraformFiles.IsLocalSource(s);

    /// <summary>The workspace-relative directory of a local source; null for remote sources and paths outside the workspace.</summary>
    public string? LocalDirectory { get; }

    /// <summary>The called module when the source is local and its directory was loaded; null otherwise.</summary>
    public TerraformModule? Target { get; internal set; }

    /// <summary>The <c>version</c> constraint, or null.</summary>
    public TerraformAttribute? Version => GetArgument("version");

    /// <summary>The <c>count</c> meta-argument, or null.</summary>
    public TerraformAttribute? Count => GetArgument("count");

    /// <summary>The <c>for_each</c> meta-argument, or null.</summary>
    public TerraformAttribute? ForEach => GetArgument("for_each");

    /// <summary>The input variables passed: every argument except the meta-arguments.</summary>
    public ImmutableArray<TerraformAttribute> Inputs => [.. Body.Attributes.Where(a => !MetaArguments.Contains(a.Name))];

    /// <summary>The input named <paramref name="name"/>, or null.</summary>
    public TerraformAttribute? GetInput(string name) => MetaArguments.Contains(name) ? null : GetArgument(name);
}

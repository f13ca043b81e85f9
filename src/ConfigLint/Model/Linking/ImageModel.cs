using System.Collections.Immutable;

namespace ConfigLint.Model.Linking;

/// <summary>Every image use in the workspace, grouped by repository (<see cref="ImageReference.Name"/>).</summary>
public sealed class ImageModel(ImmutableArray<ImageUse> uses)
{
    /// <summary>The uses in node order.</summary>
    public ImmutableArray<ImageUse> Uses { get; } = uses;

    /// <summary>The uses by repository, for repositories used more than once, in order of first use.</summary>
    public IEnumerable<IGrouping<string, ImageUse>> SharedRepositories() =>
        Uses.GroupBy(u => u.Image.Name, StringComparer.Ordinal).Where(g => g.Skip(1).Any());
}

using System.Collections.Immutable;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// The catalog chosen for a provider and version constraint, with the provider's other major lines for
/// "removed in 6.0" / "added in 6.0" hints, and did-you-mean. This is what a rule asks.
/// </summary>
public sealed class CatalogSelection
{
    internal CatalogSelection(ProviderCatalog catalog, ImmutableArray<ProviderCatalog> otherLines, bool matchesConstraint, string? problem, bool predatesConstraint = false)
    {
        Catalog = catalog;
        PredatesConstraint = predatesConstraint;
        OtherLines = otherLines;
        MatchesConstraint = matchesConstraint;
        Problem = problem;
    }

    /// <summary>The selected catalog.</summary>
    public ProviderCatalog Catalog { get; }

    /// <summary>The provider's other catalogs (other major lines), newest first; empty for user schemas.</summary>
    public ImmutableArray<ProviderCatalog> OtherLines { get; }

    /// <summary>
    /// False when the constraint admits no line that a catalog exists for (e.g. <c>~&gt; 4.0</c>) or could not be
    /// parsed; the nearest line was selected and rules may want to say less.
    /// </summary>
    public bool MatchesConstraint { get; }

    /// <summary>
    /// True when the constraint admits releases of the selected line only newer than the catalog's version
    /// (<c>&gt;= 6.28</c> against a 6.25.0 catalog): Terraform will never install the version the catalog
    /// describes, so a type, argument or block the catalog lacks may have been added since, and an attribute it
    /// knows as computed-only may have become settable. Rules must not claim absence then.
    /// </summary>
    public bool PredatesConstraint { get; }

    /// <summary>Why the constraint did not select a line, or null.</summary>
    public string? Problem { get; }

    /// <summary>The schema of a type in the selected catalog, or null.</summary>
    public ResourceSchema? Get(SchemaKind kind, string typeName) => Catalog.Get(kind, typeName);

    /// <summary>
    /// Looks for a type (<paramref name="name"/> null) or a member at <paramref name="path"/> that the selected
    /// catalog lacks, in the other major lines; null when no other line has it either.
    /// </summary>
    public OtherLineMatch? FindInOtherLines(SchemaKind kind, string typeName, IReadOnlyList<string>? path = null, string? name = null)
    {
        foreach (var other in OtherLines)
        {
            var schema = other.Get(kind, typeName);
            if (schema is null)
            {
                continue;
            }

            if (name is null)
            {
                return new OtherLineMatch(other, Catalog, null);
            }

            if (schema.Find(path ?? [], name) is { } member)
            {
                return new OtherLineMatch(other, Catalog, member);
            }
        }

        return null;
    }

    /// <summary>
    /// Names to offer for an unknown member <paramref name="name"/> of the block at <paramref name="path"/> in
    /// <paramref name="typeName"/>: known renames first (this line's, then other lines' whose target exists here),
    /// then settable names within edit distance. Empty when the type or block is unknown.
    /// </summary>
    public IReadOnlyList<string> SuggestMember(SchemaKind kind, string typeName, IReadOnlyList<string> path, string name, int limit = 3)
    {
        var block = Catalog.Get(kind, typeName)?.Block.Descend(path);
        if (block is null)
        {
            return [];
        }

        var renames = path.Count == 0
            ? LinesSelectedFirst().SelectMany(c => c.RenamesFrom(kind, typeName, name)).Select(r => r.To).Where(block.Contains)
            : [];
        return Combine(renames, DidYouMean.Rank(name, block.SettableNames, limit), limit);
    }

    /// <summary>Type names to offer for an unknown type: known type renames first, then names within edit distance.</summary>
    public IReadOnlyList<string> SuggestType(SchemaKind kind, string typeName, int limit = 3)
    {
        var renames = LinesSelectedFirst().SelectMany(c => c.RenamesFrom(kind, string.Empty, typeName)).Select(r => r.To)
            .Where(to => Catalog.Contains(kind, to));
        return Combine(renames, DidYouMean.Rank(typeName, Catalog.TypeNames(kind), limit), limit);
    }

    // Known renames first, then edit-distance candidates, without repeats.
    private static IReadOnlyList<string> Combine(IEnumerable<string> renames, IEnumerable<string> ranked, int limit)
    {
        var result = new List<string>(limit);
        foreach (var candidate in renames.Concat(ranked))
        {
            if (result.Count < limit && !result.Contains(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private IEnumerable<ProviderCatalog> LinesSelectedFirst()
    {
        yield return Catalog;
        foreach (var other in OtherLines)
        {
            yield return other;
        }
    }
}

using System.Collections.Immutable;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// The catalogs known for a run: the built-in AWS lines (5.x and 6.x) and any user schemas, which replace the
/// built-in catalogs of their provider or add providers. Choose one with <see cref="Select"/>.
/// </summary>
public sealed class ProviderCatalogSet
{
    private readonly ImmutableDictionary<string, ImmutableArray<ProviderCatalog>> _lines;
    private readonly ImmutableHashSet<string> _userProviders;

    private ProviderCatalogSet(ImmutableDictionary<string, ImmutableArray<ProviderCatalog>> lines, ImmutableHashSet<string> userProviders)
    {
        _lines = lines;
        _userProviders = userProviders;
    }

    /// <summary>No catalogs at all.</summary>
    public static ProviderCatalogSet Empty { get; } =
        new(ImmutableDictionary.Create<string, ImmutableArray<ProviderCatalog>>(StringComparer.Ordinal), ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    /// <summary>Provider addresses with at least one catalog, sorted.</summary>
    public IEnumerable<string> Providers => _lines.Keys.Order(StringComparer.Ordinal);

    /// <summary>Creates a set from catalogs: each provider's lines sorted newest first.</summary>
    public static ProviderCatalogSet Create(IEnumerable<ProviderCatalog> catalogs) => Empty.With(catalogs, fromUser: false);

    /// <summary>The catalogs of one provider, newest first; empty when none.</summary>
    public ImmutableArray<ProviderCatalog> Lines(string providerAddress) =>
        _lines.TryGetValue(ProviderAddresses.Normalize(providerAddress), out var lines) ? lines : [];

    /// <summary>Whether the provider's catalog comes from a user's schema file.</summary>
    public bool IsFromUserSchema(string providerAddress) => _userProviders.Contains(ProviderAddresses.Normalize(providerAddress));

    /// <summary>
    /// A set where user catalogs replace the built-in catalogs of their provider; several user catalogs of one
    /// provider are merged in order, a later one winning for a type both describe.
    /// </summary>
    public ProviderCatalogSet WithUserCatalogs(IEnumerable<ProviderCatalog> catalogs) => With(catalogs, fromUser: true);

    /// <summary>
    /// Chooses the catalog for <paramref name="providerAddress"/> under a <c>required_providers</c> version
    /// constraint: the newest line the constraint admits some release of; the newest line when there is no
    /// constraint; the nearest line (with <see cref="CatalogSelection.MatchesConstraint"/> false) when it admits
    /// none or cannot be parsed. A user schema is always selected for its provider. Null when the provider has
    /// no catalog. <see cref="CatalogSelection.PredatesConstraint"/> tells when the line is admitted only in
    /// versions newer than its catalog.
    /// </summary>
    public CatalogSelection? Select(string providerAddress, string? versionConstraint = null)
    {
        var lines = Lines(providerAddress);
        if (lines.IsEmpty)
        {
            return null;
        }

        if (IsFromUserSchema(providerAddress) || string.IsNullOrWhiteSpace(versionConstraint))
        {
            return new CatalogSelection(lines[0], lines.RemoveAt(0), matchesConstraint: true, problem: null);
        }

        if (!VersionConstraint.TryParse(versionConstraint, out var constraint, out var error))
        {
            return new CatalogSelection(lines[0], lines.RemoveAt(0), matchesConstraint: false, problem: error);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Version is { } version && constraint!.AllowsSomeReleaseOfMajor(version.Major))
            {
                var predates = !constraint!.AllowsSomeReleaseUpTo(version);
                return new CatalogSelection(lines[i], lines.RemoveAt(i), matchesConstraint: true, problem: null, predates);
            }
        }

        // Nothing admitted: an old constraint (~> 4.0) is nearest the oldest line, anything else the newest.
        var oldest = lines[^1];
        var nearest = oldest.Version is { } low && AdmitsBelow(constraint!, low.Major) ? lines.Length - 1 : 0;
        return new CatalogSelection(lines[nearest], lines.RemoveAt(nearest), matchesConstraint: false,
            problem: $"no catalog for a version matching '{versionConstraint}'; using {lines[nearest].Version}");
    }

    private static bool AdmitsBelow(VersionConstraint constraint, int major)
    {
        for (var m = major - 1; m >= Math.Max(0, major - 5); m--)
        {
            if (constraint.AllowsSomeReleaseOfMajor(m))
            {
                return true;
            }
        }

        return false;
    }

    private ProviderCatalogSet With(IEnumerable<ProviderCatalog> catalogs, bool fromUser)
    {
        var lines = _lines.ToBuilder();
        var users = _userProviders.ToBuilder();
        foreach (var catalog in catalogs)
        {
            var address = catalog.ProviderAddress;
            if (fromUser)
            {
                var merged = users.Contains(address) ? lines[address][0].MergedWith(catalog) : catalog;
                lines[address] = [merged];
                users.Add(address);
                continue;
            }

            var existing = lines.TryGetValue(address, out var found) ? found : [];
            lines[address] = [.. existing.Add(catalog).OrderByDescending(c => c.Version ?? default)];
        }

        return new ProviderCatalogSet(lines.ToImmutable(), users.ToImmutable());
    }
}

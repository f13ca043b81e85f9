using System.Collections.Immutable;
using System.IO.Compression;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// The resource, data source and provider schemas of one provider at one version. Built-in catalogs decode a
/// type only when it is first asked for; catalogs from <c>terraform providers schema -json</c> are complete.
/// Safe to share between threads.
/// </summary>
public sealed class ProviderCatalog
{
    private readonly CatalogReader? _reader;
    private readonly Dictionary<string, int>[] _slotsByKind;
    private readonly int[] _offsets;
    private readonly ResourceSchema?[] _schemas;
    private readonly SchemaKind[] _kinds;
    private readonly string[] _names;
    private int _decodedCount;

    private ProviderCatalog(
        string providerAddress, SemanticVersion? version, string source, string? generatedOn,
        ImmutableArray<SchemaRename> renames, CatalogReader? reader, int count)
    {
        ProviderAddress = ProviderAddresses.Normalize(providerAddress);
        Version = version;
        Source = source;
        GeneratedOn = generatedOn;
        Renames = renames;
        _reader = reader;
        _slotsByKind = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        _offsets = new int[count];
        _schemas = new ResourceSchema?[count];
        _kinds = new SchemaKind[count];
        _names = new string[count];
    }

    /// <summary>The provider's source address, normalized (e.g. <c>registry.terraform.io/hashicorp/aws</c>).</summary>
    public string ProviderAddress { get; }

    /// <summary>The provider version the catalog describes; null for user schemas, which do not record it.</summary>
    public SemanticVersion? Version { get; }

    /// <summary>Where the data came from: the npm packages of a built-in catalog, or a schema file's path.</summary>
    public string Source { get; }

    /// <summary>When a built-in catalog was generated (ISO date); null for user schemas.</summary>
    public string? GeneratedOn { get; }

    /// <summary>Whether this catalog ships with ConfigLint (as opposed to a user's schema file).</summary>
    public bool IsBuiltIn => _reader is not null;

    /// <summary>The number of resource types.</summary>
    public int ResourceCount => _slotsByKind[(int)SchemaKind.Resource].Count;

    /// <summary>The number of data source types.</summary>
    public int DataSourceCount => _slotsByKind[(int)SchemaKind.DataSource].Count;

    /// <summary>Known renames (hand-kept and read from deprecation messages), for did-you-mean.</summary>
    public ImmutableArray<SchemaRename> Renames { get; }

    /// <summary>How many types have been decoded so far (built-in catalogs decode lazily).</summary>
    internal int DecodedCount => Volatile.Read(ref _decodedCount);

    /// <summary>The type names of one kind, in ordinal order.</summary>
    public IEnumerable<string> TypeNames(SchemaKind kind) => _slotsByKind[(int)kind].Keys.Order(StringComparer.Ordinal);

    /// <summary>Whether the catalog has the type, without decoding it.</summary>
    public bool Contains(SchemaKind kind, string typeName) => _slotsByKind[(int)kind].ContainsKey(typeName);

    /// <summary>The schema of a type, or null when the provider has no such type.</summary>
    public ResourceSchema? Get(SchemaKind kind, string typeName)
    {
        if (!_slotsByKind[(int)kind].TryGetValue(typeName, out var slot))
        {
            return null;
        }

        var schema = Volatile.Read(ref _schemas[slot]);
        if (schema is not null)
        {
            return schema;
        }

        var decoded = new ResourceSchema(_kinds[slot], _names[slot], _reader!.DecodeBlock(_offsets[slot]));
        if (Interlocked.CompareExchange(ref _schemas[slot], decoded, null) is { } other)
        {
            return other;
        }

        Interlocked.Increment(ref _decodedCount);
        return decoded;
    }

    /// <summary>The schema of a resource type, or null.</summary>
    public ResourceSchema? GetResource(string typeName) => Get(SchemaKind.Resource, typeName);

    /// <summary>The schema of a data source type, or null.</summary>
    public ResourceSchema? GetDataSource(string typeName) => Get(SchemaKind.DataSource, typeName);

    /// <summary>The schema of the <c>provider</c> block, or null when the source has none.</summary>
    public ResourceSchema? ProviderBlock => _slotsByKind[(int)SchemaKind.Provider].Keys.FirstOrDefault() is { } name
        ? Get(SchemaKind.Provider, name)
        : null;

    /// <summary>Renames of a member of <paramref name="typeName"/> (or, with an empty type name, of the type itself) from <paramref name="from"/>.</summary>
    public IEnumerable<SchemaRename> RenamesFrom(SchemaKind kind, string typeName, string from) =>
        Renames.Where(r => r.Kind == kind && r.TypeName == typeName && r.From == from);

    /// <summary>Reads a built-in catalog: the Brotli-compressed output of the generator.</summary>
    public static ProviderCatalog Read(Stream compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        try
        {
            brotli.CopyTo(buffer);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException("the catalog is not Brotli-compressed data", exception);
        }

        return FromReader(CatalogReader.Open(buffer.ToArray()));
    }

    /// <summary>Builds a catalog from complete schemas (a user's schema file).</summary>
    public static ProviderCatalog FromSchemas(string providerAddress, string source, IEnumerable<ResourceSchema> schemas, SemanticVersion? version = null)
    {
        var list = schemas.ToList();
        var catalog = new ProviderCatalog(providerAddress, version, source, null, [], null, list.Count);
        for (var slot = 0; slot < list.Count; slot++)
        {
            var schema = list[slot];
            catalog._kinds[slot] = schema.Kind;
            catalog._names[slot] = schema.TypeName;
            catalog._schemas[slot] = schema;
            catalog._slotsByKind[(int)schema.Kind][schema.TypeName] = slot;
        }

        catalog._decodedCount = list.Count;
        return catalog;
    }

    /// <summary>A catalog with the types of <paramref name="overlay"/> replacing or adding to those of this one (same provider).</summary>
    internal ProviderCatalog MergedWith(ProviderCatalog overlay)
    {
        var merged = new Dictionary<(SchemaKind, string), ResourceSchema>();
        foreach (var catalog in new[] { this, overlay })
        {
            for (var kind = 0; kind < catalog._slotsByKind.Length; kind++)
            {
                foreach (var name in catalog._slotsByKind[kind].Keys)
                {
                    merged[((SchemaKind)kind, name)] = catalog.Get((SchemaKind)kind, name)!;
                }
            }
        }

        return FromSchemas(ProviderAddress, $"{Source}; {overlay.Source}", merged.Values, overlay.Version ?? Version);
    }

    private static ProviderCatalog FromReader(CatalogReader reader)
    {
        SemanticVersion? version = SemanticVersion.TryParse(reader.ProviderVersion, out var parsed) ? parsed : null;
        var catalog = new ProviderCatalog(reader.ProviderAddress, version, reader.Source, reader.GeneratedOn, reader.Renames, reader, reader.Index.Length);
        for (var slot = 0; slot < reader.Index.Length; slot++)
        {
            var entry = reader.Index[slot];
            catalog._kinds[slot] = entry.Kind;
            catalog._names[slot] = entry.Name;
            catalog._offsets[slot] = entry.Offset;
            catalog._slotsByKind[(int)entry.Kind][entry.Name] = slot;
        }

        if (catalog.ResourceCount != reader.ResourceCount || catalog.DataSourceCount != reader.DataSourceCount)
        {
            throw new InvalidDataException("the catalog's type index does not match its header counts");
        }

        return catalog;
    }

    /// <inheritdoc />
    public override string ToString() => $"{ProviderAddress} {Version?.ToString() ?? "(version unknown)"}";
}

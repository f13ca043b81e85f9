using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// Where rules get catalogs: the built-in AWS lines, plus the user schemas configured for the run
/// (<c>--provider-schema</c>, <c>terraform: provider-schemas:</c>) found through <see cref="AnalyzerOptions"/>.
/// Loaded sets are cached by file list, so every rule of a run shares one.
/// </summary>
public static class ProviderCatalogs
{
    /// <summary>Embedded resource names of the built-in catalogs, newest line first.</summary>
    public static readonly ImmutableArray<string> BuiltInResourceNames = ["ConfigLint.Rules.Aws.aws-6.clps.br", "ConfigLint.Rules.Aws.aws-5.clps.br"];

    private static readonly Lazy<ProviderCatalogSet> BuiltInSet = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, Lazy<ProviderCatalogSet>> UserSets = new(StringComparer.Ordinal);

    /// <summary>The built-in catalogs: AWS provider 6.x and 5.x.</summary>
    public static ProviderCatalogSet BuiltIn => BuiltInSet.Value;

    /// <summary>The catalogs for a run: built-in ones, replaced or extended by the configured schema files.</summary>
    public static ProviderCatalogSet For(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return For(options.ProviderSchemaFiles);
    }

    /// <summary>The built-in catalogs replaced or extended by the schema files (absolute paths), in order.</summary>
    public static ProviderCatalogSet For(IReadOnlyList<string> schemaFiles)
    {
        ArgumentNullException.ThrowIfNull(schemaFiles);
        if (schemaFiles.Count == 0)
        {
            return BuiltIn;
        }

        var key = string.Join('\n', schemaFiles.Select(f => $"{f}\t{Stamp(f)}"));
        var lazy = UserSets.GetOrAdd(key, _ => new Lazy<ProviderCatalogSet>(() => Load(schemaFiles), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (ConfigurationException)
        {
            // Do not cache a failure: the file may be fixed before the next run in this process.
            UserSets.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>
    /// Reads and checks the schema files before analysis (the value for <see cref="LintRequest.LoadProviderSchemas"/>),
    /// so a bad file is a configuration error (exit code 2) naming the file, not a broken rule later.
    /// </summary>
    public static void Preload(ImmutableArray<string> schemaFiles) => _ = For(schemaFiles);

    private static ProviderCatalogSet Load(IReadOnlyList<string> schemaFiles)
    {
        var catalogs = new List<ProviderCatalog>();
        var errors = new List<ConfigurationError>();
        foreach (var file in schemaFiles)
        {
            try
            {
                catalogs.AddRange(ProviderSchemaJson.Load(file));
            }
            catch (ProviderSchemaException exception)
            {
                errors.Add(new ConfigurationError(Location.None, $"provider schema {exception.Message}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return BuiltIn.WithUserCatalogs(catalogs);
    }

    private static ProviderCatalogSet LoadBuiltIn()
    {
        var assembly = typeof(ProviderCatalogs).Assembly;
        var catalogs = new List<ProviderCatalog>();
        foreach (var name in BuiltInResourceNames)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"the built-in provider catalog '{name}' is missing from {assembly.GetName().Name}");
            catalogs.Add(ProviderCatalog.Read(stream));
        }

        return ProviderCatalogSet.Create(catalogs);
    }

    private static string Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "missing";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "unreadable";
        }
    }
}

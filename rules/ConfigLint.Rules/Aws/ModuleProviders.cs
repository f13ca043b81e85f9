using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// Provider sources and catalog selections of one module, worked out once and shared by every rule and resource:
/// the seven schema rules each ask for every resource, and parsing the version constraints each time was a
/// fifth of the analysis time on a large workspace.
/// </summary>
internal sealed class ModuleProviders
{
    private static readonly ConditionalWeakTable<TerraformModule, ModuleProviders> Cache = [];

    private readonly TerraformModule _module;
    private readonly ConcurrentDictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(ProviderCatalogSet Set, string Source), CatalogSelection?> _selections = new();

    private ModuleProviders(TerraformModule module) => _module = module;

    public static ModuleProviders Of(TerraformModule module) => Cache.GetValue(module, static m => new ModuleProviders(m));

    public string SourceOf(string localName) => _sources.GetOrAdd(localName, static (name, module) => AwsProviders.FindSource(module, name), _module);

    public CatalogSelection? SelectCatalog(ProviderCatalogSet catalogs, string localName) =>
        _selections.GetOrAdd((catalogs, SourceOf(localName)),
            static (key, module) => key.Set.Select(key.Source, AwsProviders.FindConstraints(module, key.Source)), _module);
}

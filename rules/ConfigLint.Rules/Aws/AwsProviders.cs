using ConfigLint.Analysis;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// Which provider a resource belongs to and which catalog describes it: the local name from <c>provider</c> or the
/// type's prefix, its source from <c>required_providers</c> (here or in a root module that reaches this one), and the
/// version constraints stated for that source, all of which Terraform must satisfy at once.
/// </summary>
internal static class AwsProviders
{
    /// <summary>The provider's local name a resource uses: <c>aws</c> for <c>provider = aws.west</c> or for <c>aws_instance</c>.</summary>
    public static string LocalNameOf(TerraformResourceNode node)
    {
        if (node.Provider?.Expression.TraversalText is { } text)
        {
            var dot = text.IndexOf('.');
            return dot > 0 ? text[..dot] : text;
        }

        return node.ImpliedProvider;
    }

    /// <summary>The alias a resource selects with <c>provider = aws.west</c>, or null for the default configuration.</summary>
    public static string? AliasOf(TerraformResourceNode node) =>
        node.Provider?.Expression.TraversalText is { } text && text.IndexOf('.') is > 0 and var dot ? text[(dot + 1)..] : null;

    /// <summary>The normalized source address of a local provider name in a module (<c>hashicorp/&lt;name&gt;</c> when not declared).</summary>
    public static string SourceOf(TerraformModule module, string localName) => ModuleProviders.Of(module).SourceOf(localName);

    /// <summary>True when the resource's provider is hashicorp/aws.</summary>
    public static bool IsAws(TerraformResourceNode node) =>
        node.Module is { } module && SourceOf(module, LocalNameOf(node)) == ProviderAddresses.Aws;

    /// <summary>
    /// The catalog for a resource or data source's provider under every version constraint stated for it in its
    /// module and the root modules that reach it; null when no catalog describes the provider.
    /// </summary>
    public static CatalogSelection? SelectCatalog(AnalyzerOptions options, TerraformResourceNode node) =>
        node.Module is { } module ? ModuleProviders.Of(module).SelectCatalog(ProviderCatalogs.For(options), LocalNameOf(node)) : null;

    /// <summary>Looks a local name up in <c>required_providers</c> of the module, then of the root modules that reach it.</summary>
    internal static string FindSource(TerraformModule module, string localName)
    {
        foreach (var required in RequiredProvidersInScope(module))
        {
            if (required.LocalName == localName && required.Source is { } source)
            {
                return ProviderAddresses.Normalize(source);
            }
        }

        return ProviderAddresses.Normalize(localName);
    }

    /// <summary>Every distinct version constraint stated for a provider source, joined with commas; null when none.</summary>
    internal static string? FindConstraints(TerraformModule module, string source)
    {
        var constraints = new List<string>();
        foreach (var required in RequiredProvidersInScope(module))
        {
            var entrySource = ProviderAddresses.Normalize(required.Source ?? required.LocalName);
            if (entrySource == source && required.Version is { } version && version.TryGetStaticString(out var text)
                && !string.IsNullOrWhiteSpace(text) && !constraints.Contains(text))
            {
                constraints.Add(text);
            }
        }

        return constraints.Count == 0 ? null : string.Join(", ", constraints);
    }

    // The required_providers entries of the module first, then of the root modules it is reached from.
    private static IEnumerable<TerraformRequiredProvider> RequiredProvidersInScope(TerraformModule module)
    {
        foreach (var candidate in ModulesToSearch(module))
        {
            foreach (var settings in candidate.Settings)
            {
                foreach (var required in settings.RequiredProviders)
                {
                    yield return required;
                }
            }
        }
    }

    private static IEnumerable<TerraformModule> ModulesToSearch(TerraformModule module)
    {
        yield return module;
        foreach (var root in module.RootDirectories)
        {
            if (root != module.Directory && module.Model.GetModule(root) is { } rootModule)
            {
                yield return rootModule;
            }
        }
    }
}

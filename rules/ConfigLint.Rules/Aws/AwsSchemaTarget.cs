using ConfigLint.Analysis;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Aws;

/// <summary>A resource or data source together with the catalog and schema that describe its type.</summary>
/// <param name="Node">The resource or data source.</param>
/// <param name="Selection">The catalog selected for its provider and version constraints.</param>
/// <param name="Kind">Resource or data source.</param>
/// <param name="Schema">The type's schema; null when the catalog has no such type.</param>
internal sealed record AwsSchemaTarget(TerraformResourceNode Node, CatalogSelection Selection, SchemaKind Kind, ResourceSchema? Schema)
{
    /// <summary>
    /// The node of a resource or data source callback with its catalog; null for other nodes, for providers without a
    /// catalog, and when the version constraint admits no line a catalog exists for (the nearest line would be a guess).
    /// </summary>
    public static AwsSchemaTarget? For(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode { Mode: TerraformResourceMode.Managed or TerraformResourceMode.Data } node
            || AwsProviders.SelectCatalog(context.Options, node) is not { MatchesConstraint: true } selection)
        {
            return null;
        }

        var kind = SchemaWalk.KindOf(node);
        return new AwsSchemaTarget(node, selection, kind, selection.Get(kind, node.Type));
    }

    /// <summary>The provider and version the catalog describes, for messages: <c>hashicorp/aws 6.25.0</c>.</summary>
    public string ProviderDescription
    {
        get
        {
            var catalog = Selection.Catalog;
            var address = catalog.ProviderAddress;
            var host = address.IndexOf('/');
            var shortName = address.StartsWith(ProviderAddresses.DefaultHost + "/", StringComparison.Ordinal) ? address[(host + 1)..] : address;
            return catalog.Version is { } version ? $"{shortName} {version}" : $"{shortName} (from {catalog.Source})";
        }
    }

    /// <summary>What a body is called in messages: the type for the resource's own body, <c>the 'rule' block of aws_x</c> below it.</summary>
    public string Describe(IReadOnlyList<string> path) =>
        path.Count == 0 ? Node.Type : $"the '{path[^1]}' block of {Node.Type}";
}

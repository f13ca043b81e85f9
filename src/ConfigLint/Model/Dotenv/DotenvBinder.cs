using System.Collections.Immutable;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Model.Dotenv;

/// <summary>Adds a <see cref="DotenvEntryNode"/> for every entry of every dotenv file, and a Contains edge from the file node.</summary>
public sealed class DotenvBinder : IBinder
{
    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        foreach (var tree in builder.Trees.OfType<DotenvSyntaxTree>())
        {
            var fileNode = builder.FindNode(FileBinder.IdFor(tree));
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in tree.Entries)
            {
                var key = line.Key!;
                var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
                var id = occurrence == 1 ? $"dotenv:{tree.Path}#{key}" : $"dotenv:{tree.Path}#{key}~{occurrence}";
                var keyLocation = tree.GetLocation(line.KeySpan!.Value);
                var properties = ImmutableArray.CreateBuilder<ConfigProperty>();
                if (line.Value is not null)
                {
                    properties.Add(new ConfigProperty("value", keyLocation, new ConfigScalar(tree.GetLocation(line.RawValue!.Value), line.Value)));
                }

                var node = builder.AddNode(new DotenvEntryNode(id, tree, line, keyLocation, new ConfigObject(keyLocation, properties.ToImmutable())));
                if (fileNode is not null)
                {
                    builder.AddEdge(new ConfigEdge(fileNode, node, EdgeKind.Contains, keyLocation));
                }
            }
        }
    }
}

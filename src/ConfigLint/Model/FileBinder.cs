using System.Collections.Immutable;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>Adds a <see cref="NodeKind.File"/> node for every file; its type is the format name.</summary>
public sealed class FileBinder : IBinder
{
    /// <summary>The node id of a file: <c>file:&lt;path&gt;</c>.</summary>
    public static string IdFor(SyntaxTree tree) => "file:" + tree.Path;

    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        foreach (var tree in builder.Trees)
        {
            var location = Location.FileStart(tree.Path);
            builder.AddNode(new ConfigNode(IdFor(tree), NodeKind.File, tree, tree.Format.ToString(), tree.Path, location, new ConfigObject(location, [])));
        }
    }
}

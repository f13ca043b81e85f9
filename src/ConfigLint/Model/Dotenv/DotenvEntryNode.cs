using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Model.Dotenv;

/// <summary>A <c>KEY=value</c> of a dotenv file. <see cref="ConfigNode.Properties"/> holds <c>value</c> as a scalar with its location.</summary>
public sealed class DotenvEntryNode : ConfigNode
{
    internal DotenvEntryNode(string id, DotenvSyntaxTree tree, DotenvLine line, Location keyLocation, ConfigObject properties)
        : base(id, NodeKind.DotenvEntry, tree, type: string.Empty, name: line.Key!, keyLocation, properties)
    {
        Line = line;
    }

    /// <summary>The line the entry is on.</summary>
    public DotenvLine Line { get; }

    /// <summary>The key.</summary>
    public string Key => Name;

    /// <summary>The decoded value; null for a bare <c>KEY</c> line.</summary>
    public string? Value => Line.Value;

    /// <summary>Where the value is written (quotes included); the key's location for a bare key.</summary>
    public Location ValueLocation => Properties.Get("value")?.Location ?? Location;
}

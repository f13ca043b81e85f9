namespace ConfigLint.Rules.Aws.Schema;

/// <summary>The schema of one resource type, data source type or provider block.</summary>
/// <param name="Kind">Resource, data source or provider.</param>
/// <param name="TypeName">The Terraform type name, e.g. <c>aws_flow_log</c>.</param>
/// <param name="Block">The body: attributes and nested blocks.</param>
public sealed record ResourceSchema(SchemaKind Kind, string TypeName, BlockSchema Block)
{
    /// <summary>Whether the whole type is deprecated.</summary>
    public bool IsDeprecated => Block.IsDeprecated;

    /// <summary>The type's deprecation message, or null.</summary>
    public string? DeprecationMessage => Block.DeprecationMessage;

    /// <summary>The member called <paramref name="name"/> at the top level, or null.</summary>
    public SchemaMember? Find(string name) => Block.Find(name);

    /// <summary>The member called <paramref name="name"/> inside the nested block at <paramref name="path"/>, or null.</summary>
    public SchemaMember? Find(IReadOnlyList<string> path, string name) => Block.Descend(path)?.Find(name);
}

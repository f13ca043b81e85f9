namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// A known rename kept as data: <paramref name="From"/> was (or is often mistaken for) <paramref name="To"/>.
/// With an empty <paramref name="TypeName"/> both names are type names (a renamed resource type).
/// </summary>
/// <param name="Kind">Resource or data source.</param>
/// <param name="TypeName">The type whose member was renamed; empty for a type rename.</param>
/// <param name="From">The old or mistaken name.</param>
/// <param name="To">The name to use.</param>
/// <param name="Source">Where the fact comes from.</param>
public sealed record SchemaRename(SchemaKind Kind, string TypeName, string From, string To, string Source);

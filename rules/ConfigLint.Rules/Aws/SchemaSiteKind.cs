namespace ConfigLint.Rules.Aws;

/// <summary>How a member is written in a resource body.</summary>
internal enum SchemaSiteKind
{
    /// <summary><c>name = value</c> (in JSON: any member that is not a block of the schema).</summary>
    Attribute,

    /// <summary><c>name { … }</c> (in JSON: a member the schema has as a block).</summary>
    Block,

    /// <summary><c>dynamic "name" { … }</c>.</summary>
    Dynamic,
}

namespace ConfigLint.Model.Terraform.References;

/// <summary>The kinds of traversal step.</summary>
internal enum TraversalStepKind
{
    /// <summary><c>.name</c>.</summary>
    Attribute,

    /// <summary><c>[key]</c> or <c>.0</c>.</summary>
    Index,

    /// <summary><c>[*]</c> or <c>.*</c>.</summary>
    Splat,
}

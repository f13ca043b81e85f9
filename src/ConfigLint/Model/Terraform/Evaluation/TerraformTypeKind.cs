namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>The kinds of type constraint.</summary>
public enum TerraformTypeKind
{
    /// <summary><c>any</c> (or no constraint): the value is kept as given.</summary>
    Any,

    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>number</c>.</summary>
    Number,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>list(T)</c>.</summary>
    List,

    /// <summary><c>set(T)</c>.</summary>
    Set,

    /// <summary><c>map(T)</c>.</summary>
    Map,

    /// <summary><c>tuple([T, …])</c>.</summary>
    Tuple,

    /// <summary><c>object({ name = T, … })</c>, attributes possibly <c>optional(T, default)</c>.</summary>
    Object,
}

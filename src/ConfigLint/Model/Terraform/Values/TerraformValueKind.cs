namespace ConfigLint.Model.Terraform.Values;

/// <summary>The shapes a Terraform value can take. Lists, sets and tuples are <see cref="Tuple"/>; maps and objects are <see cref="Object"/>.</summary>
public enum TerraformValueKind
{
    /// <summary>Not known before apply (a resource attribute, a variable with no value) or not computable here.</summary>
    Unknown,

    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A number (held as <see cref="decimal"/>, enough for configuration).</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An ordered sequence: a list, a set (sorted, distinct) or a tuple.</summary>
    Tuple,

    /// <summary>Attributes by name, ordered by name as Terraform orders map keys.</summary>
    Object,
}

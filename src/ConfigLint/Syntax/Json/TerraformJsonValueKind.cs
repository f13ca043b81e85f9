namespace ConfigLint.Syntax.Json;

/// <summary>The kinds of JSON value.</summary>
public enum TerraformJsonValueKind
{
    /// <summary><c>{…}</c></summary>
    Object,

    /// <summary><c>[…]</c></summary>
    Array,

    /// <summary>A string; in Terraform JSON it may hold a template (<c>"${var.x}"</c>).</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}

namespace ConfigLint.Model;

/// <summary>What a scalar holds after the format's own typing rules.</summary>
public enum ScalarKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A number; <see cref="ConfigScalar.Text"/> is its canonical text.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>, <c>~</c> or an empty YAML value.</summary>
    Null,
}

namespace ConfigLint.Syntax.Dotenv;

/// <summary>What a logical line of a dotenv file is.</summary>
public enum DotenvLineKind
{
    /// <summary>Only whitespace.</summary>
    Blank,

    /// <summary>A <c>#</c> comment, possibly indented.</summary>
    Comment,

    /// <summary><c>[export ]KEY=value</c> or a bare <c>KEY</c>.</summary>
    Entry,

    /// <summary>Anything else.</summary>
    Malformed,
}

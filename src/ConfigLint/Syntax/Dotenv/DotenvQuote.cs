namespace ConfigLint.Syntax.Dotenv;

/// <summary>How a dotenv value is quoted.</summary>
public enum DotenvQuote
{
    /// <summary>Unquoted: ends at an inline comment (whitespace then <c>#</c>) or the line end; trailing whitespace dropped.</summary>
    None,

    /// <summary><c>'…'</c>: literal, no escapes, no interpolation, may span lines.</summary>
    Single,

    /// <summary><c>"…"</c>: escapes <c>\n \r \t \\ \" \$</c> and <c>${VAR}</c> interpolation, may span lines.</summary>
    Double,
}

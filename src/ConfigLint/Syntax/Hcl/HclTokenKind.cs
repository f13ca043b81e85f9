namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// The kinds of token in HCL native syntax. Spaces and tabs between tokens are not tokens: they are the gaps
/// between token spans. Newlines and comments are tokens, because newlines end arguments in HCL.
/// </summary>
public enum HclTokenKind : byte
{
    /// <summary>The zero-length token at the end of the text.</summary>
    EndOfFile,

    /// <summary><c>\n</c> or <c>\r\n</c>.</summary>
    Newline,

    /// <summary><c># …</c>, <c>// …</c> (without the line break) or <c>/* … */</c>.</summary>
    Comment,

    /// <summary>A name: <c>resource</c>, <c>aws_s3_bucket</c>, <c>true</c>, <c>for</c>.</summary>
    Identifier,

    /// <summary>A number literal: <c>42</c>, <c>1.5e3</c>.</summary>
    Number,

    /// <summary><c>{</c></summary>
    OpenBrace,

    /// <summary><c>}</c></summary>
    CloseBrace,

    /// <summary><c>[</c></summary>
    OpenBracket,

    /// <summary><c>]</c></summary>
    CloseBracket,

    /// <summary><c>(</c></summary>
    OpenParen,

    /// <summary><c>)</c></summary>
    CloseParen,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>.</c></summary>
    Dot,

    /// <summary><c>...</c></summary>
    Ellipsis,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>::</c></summary>
    DoubleColon,

    /// <summary><c>?</c></summary>
    Question,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>=&gt;</c></summary>
    FatArrow,

    /// <summary><c>==</c></summary>
    EqualsEquals,

    /// <summary><c>!=</c></summary>
    NotEquals,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&lt;=</c></summary>
    LessThanEquals,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanEquals,

    /// <summary><c>+</c></summary>
    Plus,

    /// <summary><c>-</c></summary>
    Minus,

    /// <summary><c>*</c></summary>
    Star,

    /// <summary><c>/</c></summary>
    Slash,

    /// <summary><c>%</c></summary>
    Percent,

    /// <summary><c>&amp;&amp;</c></summary>
    AmpersandAmpersand,

    /// <summary><c>||</c></summary>
    BarBar,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary>The <c>"</c> that opens a quoted template.</summary>
    OpenQuote,

    /// <summary>The <c>"</c> that closes a quoted template.</summary>
    CloseQuote,

    /// <summary>Literal text inside a quoted template, escapes still encoded.</summary>
    QuotedLiteral,

    /// <summary>A line break inside a quoted template (an error).</summary>
    QuotedNewline,

    /// <summary><c>&lt;&lt;ID</c> or <c>&lt;&lt;-ID</c> with the line break that ends it.</summary>
    HeredocOpen,

    /// <summary>Literal text inside a heredoc; at most one line, its line break included.</summary>
    HeredocLiteral,

    /// <summary>The line that closes a heredoc (the marker with any surrounding blanks), without its line break.</summary>
    HeredocClose,

    /// <summary><c>${</c> or <c>${~</c>.</summary>
    InterpolationStart,

    /// <summary><c>%{</c> or <c>%{~</c>.</summary>
    DirectiveStart,

    /// <summary>The <c>}</c> or <c>~}</c> that ends an interpolation or a directive.</summary>
    TemplateSequenceEnd,

    /// <summary><c>&amp;</c> (not an HCL operator).</summary>
    Ampersand,

    /// <summary><c>|</c> (not an HCL operator).</summary>
    Bar,

    /// <summary><c>~</c> outside a strip marker (not an HCL operator).</summary>
    Tilde,

    /// <summary><c>^</c> (not an HCL operator).</summary>
    Caret,

    /// <summary><c>;</c> (not valid in HCL).</summary>
    Semicolon,

    /// <summary><c>`</c> (not valid in HCL).</summary>
    Backtick,

    /// <summary><c>'</c> (not valid in HCL).</summary>
    Apostrophe,

    /// <summary>Any other character, or text the lexer cannot read.</summary>
    Invalid,
}

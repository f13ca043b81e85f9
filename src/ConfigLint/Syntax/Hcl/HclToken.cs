using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// One token of an HCL file: its kind, its span, and whether the parser treated it as trivia (comments always,
/// newlines where HCL ignores them, such as inside brackets). Spaces and tabs are trivia too but are not tokens:
/// they fill the gaps between token spans.
/// </summary>
public readonly record struct HclToken(HclTokenKind Kind, TextSpan Span, bool IsTrivia, int Index)
{
    /// <summary>True for the <c>${~</c>, <c>%{~</c> and <c>~}</c> forms that strip white space next to them.</summary>
    public bool HasStripMarker => Kind switch
    {
        HclTokenKind.InterpolationStart or HclTokenKind.DirectiveStart => Span.Length == 3,
        HclTokenKind.TemplateSequenceEnd => Span.Length == 2,
        _ => false,
    };
}

using System.Collections.Immutable;

namespace ConfigLint.Diagnostics;

/// <summary>A mechanical change that resolves a diagnostic: a title and the edits, all applied together.</summary>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits, FixSafety Safety = FixSafety.Safe)
{
    /// <summary>A fix made of a single edit.</summary>
    public static CodeFix Create(string title, TextEdit edit, FixSafety safety = FixSafety.Safe) =>
        new(title, [edit], safety);
}

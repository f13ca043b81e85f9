using System.Collections.Immutable;
using ConfigLint.Diagnostics;

namespace ConfigLint.Fixes;

/// <summary>
/// Chooses the fixes of one pass: the first allowed fix of each active finding, in finding order, skipping any
/// whose edits overlap an edit already chosen (it gets its turn in the next pass, against the new text).
/// </summary>
public static class FixPlanner
{
    /// <summary>The fixes to apply, with the finding each resolves.</summary>
    public static ImmutableArray<(Diagnostic Diagnostic, CodeFix Fix)> Plan(IEnumerable<Diagnostic> diagnostics, FixMode mode)
    {
        var chosen = ImmutableArray.CreateBuilder<(Diagnostic, CodeFix)>();
        var taken = new Dictionary<string, List<Text.TextSpan>>(StringComparer.Ordinal);
        var seen = new HashSet<CodeFix>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsSuppressed || mode == FixMode.None)
            {
                continue;
            }

            var fix = diagnostic.Fixes.FirstOrDefault(f => f.Safety == FixSafety.Safe || mode == FixMode.Unsafe);
            if (fix is null || fix.Edits.IsEmpty || !seen.Add(fix) || Overlaps(fix, taken))
            {
                continue;
            }

            foreach (var edit in fix.Edits)
            {
                if (!taken.TryGetValue(edit.Path, out var spans))
                {
                    taken[edit.Path] = spans = [];
                }

                spans.Add(edit.Span);
            }

            chosen.Add((diagnostic, fix));
        }

        return chosen.ToImmutable();
    }

    private static bool Overlaps(CodeFix fix, Dictionary<string, List<Text.TextSpan>> taken)
    {
        for (var i = 0; i < fix.Edits.Length; i++)
        {
            var edit = fix.Edits[i];
            for (var j = 0; j < i; j++)
            {
                if (fix.Edits[j].Path == edit.Path && fix.Edits[j].Span.OverlapsWith(edit.Span))
                {
                    return true;
                }
            }

            if (taken.TryGetValue(edit.Path, out var spans) && spans.Any(s => s.OverlapsWith(edit.Span)))
            {
                return true;
            }
        }

        return false;
    }
}

using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Text;

namespace ConfigLint.Rules;

/// <summary>Edits that replace a YAML scalar's value in place, keeping its quotes.</summary>
public static class ScalarEdits
{
    /// <summary>
    /// An edit replacing <paramref name="oldValue"/> written at <paramref name="location"/> (bare or in quotes) with
    /// <paramref name="newValue"/>; null when the text there is something else (an escape, a folded line, an alias).
    /// </summary>
    public static TextEdit? Replace(ConfigGraph graph, Location location, string oldValue, string newValue)
    {
        if (graph.FindTree(location.Path) is not { } tree || location.Span.End > tree.Text.Length)
        {
            return null;
        }

        var raw = tree.Text.ToString(location.Span);
        if (raw == oldValue)
        {
            return new TextEdit(location.Path, location.Span, newValue);
        }

        if (raw.Length == oldValue.Length + 2 && raw[0] is '"' or '\'' && raw[^1] == raw[0] && raw.AsSpan(1, oldValue.Length).SequenceEqual(oldValue))
        {
            return new TextEdit(location.Path, new TextSpan(location.Span.Start + 1, oldValue.Length), newValue);
        }

        return null;
    }
}

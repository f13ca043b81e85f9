using System.Security.Cryptography;
using System.Text;
using ConfigLint.Syntax;

namespace ConfigLint.Diagnostics;

/// <summary>
/// Stable identities for findings, used by SARIF <c>partialFingerprints</c> and by baselines. A fingerprint hashes the
/// rule id, the file path and the flagged source text with whitespace collapsed (not the line number, so moving code
/// does not change it), plus the finding's occurrence index among findings with the same hash in that file.
/// </summary>
public static class Fingerprints
{
    /// <summary>The fingerprint version, so a change of scheme can be recognised.</summary>
    public const string Version = "configlint/v1";

    /// <summary>Fingerprints for findings in <c>DiagnosticOrder</c>, in the same order.</summary>
    public static IReadOnlyList<string> Compute(IReadOnlyList<Diagnostic> diagnostics, Func<string, SyntaxTree?> findTree)
    {
        var result = new string[diagnostics.Count];
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var baseHash = BaseHash(diagnostics[i], findTree);
            var occurrence = occurrences[baseHash] = occurrences.GetValueOrDefault(baseHash) + 1;
            result[i] = $"{baseHash}:{occurrence}";
        }

        return result;
    }

    private static string BaseHash(Diagnostic diagnostic, Func<string, SyntaxTree?> findTree)
    {
        var location = diagnostic.Location;
        var builder = new StringBuilder();
        builder.Append(diagnostic.Id).Append('\0').Append(location.Path).Append('\0');
        if (location.IsNone || findTree(location.Path) is not { } tree)
        {
            builder.Append(diagnostic.Message);
        }
        else
        {
            var text = tree.Text;
            var firstLine = Math.Min(location.LineSpan.Start.Line, text.LineCount - 1);
            var lastLine = Math.Min(location.LineSpan.End.Line, text.LineCount - 1);
            for (var line = firstLine; line <= lastLine && line - firstLine < 20; line++)
            {
                AppendCollapsed(builder, text.AsSpan(text.GetLineSpan(line)));
                builder.Append('\n');
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> line)
    {
        var pendingSpace = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }
}

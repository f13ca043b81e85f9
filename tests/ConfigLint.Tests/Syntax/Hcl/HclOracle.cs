using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Tests.Support;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Hcl;

/// <summary>
/// Runs HashiCorp's parser (through hcl2json) and ours over the same files and compares: accept or reject, the
/// hcl2json document (strings equal up to white space inside <c>${…}</c>), and the line of the first syntax error.
/// </summary>
public static class HclOracle
{
    public sealed record Verdict(string File, bool OracleAccepts, bool WeAccept, bool SameDocument, int? OracleLine, int? OurLine, string Detail)
    {
        public bool SameAcceptance => OracleAccepts == WeAccept;

        public bool SameLine => OracleAccepts || OracleLine is null || OracleLine == OurLine;

        public bool Agrees => SameAcceptance && SameDocument && SameLine;
    }

    /// <summary>Compares every file; the files must be .tf or .tfvars.</summary>
    public static List<Verdict> Compare(IReadOnlyList<string> files)
    {
        var oracle = RunOracle(files);
        var verdicts = new List<Verdict>(files.Count);
        foreach (var file in files)
        {
            var expected = oracle[file];
            var text = SourceText.From(File.ReadAllBytes(file));
            var tree = HclParser.Parse(file, text);
            var buffer = new MemoryStream();
            bool accepted;
            string? error;
            using (var writer = new Utf8JsonWriter(buffer))
            {
                accepted = Hcl2Json.TryWrite(tree, writer, out error);
            }

            var oracleAccepts = expected.GetProperty("ok").GetBoolean();
            int? ourLine = tree.ParseDiagnostics.IsEmpty ? null : text.GetLinePosition(tree.ParseDiagnostics[0].Span.Start).Line + 1;
            if (!oracleAccepts)
            {
                var stage = expected.GetProperty("stage").GetString();
                var line = expected.GetProperty("line");
                int? oracleLine = stage == "parse" && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : null;
                verdicts.Add(new Verdict(file, false, accepted, true, oracleLine, ourLine,
                    $"oracle: {expected.GetProperty("error").GetString()} | ours: {error}"));
                continue;
            }

            var same = false;
            var detail = $"ours: {error}";
            if (accepted)
            {
                using var ours = JsonDocument.Parse(buffer.ToArray());
                same = JsonEquals(expected.GetProperty("result"), ours.RootElement);
                detail = same ? string.Empty : $"oracle: {expected.GetProperty("result").GetRawText()}\nours:   {ours.RootElement.GetRawText()}";
            }

            verdicts.Add(new Verdict(file, true, accepted, same, null, ourLine, detail));
        }

        return verdicts;
    }

    /// <summary>A summary line for test output: counts and agreement percentages.</summary>
    public static string Summarize(string name, IReadOnlyList<Verdict> verdicts)
    {
        var total = Math.Max(1, verdicts.Count);
        var accepted = verdicts.Count(v => v.OracleAccepts);
        var rejected = verdicts.Count - accepted;
        var lines = verdicts.Count(v => !v.OracleAccepts && v.OracleLine is not null);
        return $"{name}: {verdicts.Count} files ({accepted} accepted, {rejected} rejected by HashiCorp); "
            + $"accept/reject agreement {100.0 * verdicts.Count(v => v.SameAcceptance) / total:F2}%, "
            + $"document agreement {100.0 * verdicts.Count(v => v.OracleAccepts && v.WeAccept && v.SameDocument) / Math.Max(1, accepted):F2}%, "
            + $"first-error line agreement {100.0 * verdicts.Count(v => !v.OracleAccepts && v.OracleLine is not null && v.SameLine) / Math.Max(1, lines):F2}%";
    }

    private static Dictionary<string, JsonElement> RunOracle(IReadOnlyList<string> files)
    {
        var script = Oracles.Hcl2JsonBatch;
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Oracles.OraclesDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        foreach (var file in files)
        {
            process.StandardInput.WriteLine(file);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hcl2json-batch.js failed ({process.ExitCode}): {errors.Result}");
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            var element = document.RootElement.Clone();
            result[element.GetProperty("file").GetString()!] = element;
        }

        return result;
    }

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var left = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                var right = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                return left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var other) && JsonEquals(p.Value, other));
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => JsonEquals(p.First, p.Second));
            case JsonValueKind.String:
                var x = a.GetString()!;
                var y = b.GetString()!;
                return x == y || WithoutBlanksInInterpolations(x) == WithoutBlanksInInterpolations(y);
            case JsonValueKind.Number:
                return a.GetRawText() == b.GetRawText();
            default:
                return true;
        }
    }

    private static string WithoutBlanksInInterpolations(string value)
    {
        var builder = new StringBuilder(value.Length);
        var depth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }

            if (depth > 0 && char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

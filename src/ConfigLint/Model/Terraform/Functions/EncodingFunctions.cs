using System.IO.Compression;
using System.Text;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>Encoding functions (Terraform documentation, "Encoding Functions", read 2026-12).</summary>
internal static class EncodingFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("base64encode", 1, 1, a => Str(Convert.ToBase64String(Encoding.UTF8.GetBytes(a.String(0)))));
        add("base64decode", 1, 1, Base64Decode);
        add("base64gzip", 1, 1, Base64Gzip);
        add("jsonencode", 1, 1, a => ValueLimits.IsTooLargeWhole(a[0]) ? throw new ResultTooLargeException() : Str(JsonEncoding.Encode(a[0])));
        add("jsondecode", 1, 1, a => JsonEncoding.Decode(a, a.String(0)));
        add("urlencode", 1, 1, a => Str(UrlEncode(a.String(0))));
        add("csvdecode", 1, 1, CsvDecode);

        // Terraform's YAML functions follow go-yaml's rules closely enough that an approximation would mislead rules.
        add("yamldecode", 1, 1, null);
        add("yamlencode", 1, 1, null);
    }

    private static TerraformValue Str(string value) => TerraformValue.String(value);

    private static TerraformValue Base64Decode(FunctionArguments a)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(a.String(0));
        }
        catch (FormatException)
        {
            throw a.Fail("failed to decode base64 data");
        }

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return Str(strict.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            throw a.Fail("the result of decoding the provided string is not valid UTF-8");
        }
    }

    private static TerraformValue Base64Gzip(FunctionArguments a)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(a.String(0)));
        }

        return Str(Convert.ToBase64String(buffer.ToArray()));
    }

    // Go's url.QueryEscape: unreserved characters stay, space becomes '+', everything else %XX.
    private static string UrlEncode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static TerraformValue CsvDecode(FunctionArguments a)
    {
        var rows = ParseCsv(a, a.String(0));
        if (rows.Count == 0)
        {
            return TerraformValue.EmptyTuple;
        }

        var header = rows[0];
        var records = new List<TerraformValue>();
        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].Count != header.Count)
            {
                throw a.Fail($"CSV row {r + 1} has {rows[r].Count} fields, but the header has {header.Count}");
            }

            records.Add(TerraformValue.Object(header.Select((name, i) => KeyValuePair.Create(name, Str(rows[r][i])))));
        }

        return TerraformValue.Tuple(records);
    }

    private static List<List<string>> ParseCsv(FunctionArguments a, string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (fieldStarted || field.Length > 0 || row.Count > 0)
                    {
                        row.Add(field.ToString());
                        rows.Add(row);
                    }

                    row = [];
                    field.Clear();
                    fieldStarted = false;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw a.Fail("CSV has an unterminated quoted field");
        }

        if (fieldStarted || field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}

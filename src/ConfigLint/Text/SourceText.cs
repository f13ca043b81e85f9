using System.Text;
using System.Text.Unicode;

namespace ConfigLint.Text;

/// <summary>
/// The decoded text of one file with a lazily built line map. A byte order mark is not part of
/// <see cref="Content"/> (so columns on line 1 are right) but is remembered so writes can restore it.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    private SourceText(string content, Encoding encoding, bool hasByteOrderMark, bool hasDecodingErrors)
    {
        Content = content;
        Encoding = encoding;
        HasByteOrderMark = hasByteOrderMark;
        HasDecodingErrors = hasDecodingErrors;
    }

    /// <summary>The text, without a byte order mark.</summary>
    public string Content { get; }

    /// <summary>The encoding the bytes were read with; used again when a fix writes the file.</summary>
    public Encoding Encoding { get; }

    /// <summary>True when the file started with a byte order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>True when some bytes were not valid in <see cref="Encoding"/> and were replaced by U+FFFD.</summary>
    public bool HasDecodingErrors { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => Content.Length;

    /// <summary>Creates a text from a string (no byte order mark, UTF-8 when written).</summary>
    public static SourceText From(string content) => new(content, Utf8NoBom, false, false);

    /// <summary>Decodes file bytes: UTF-8 by default, UTF-16/UTF-32 when a byte order mark says so.</summary>
    public static SourceText From(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], hasBom: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWith(new UTF32Encoding(bigEndian: false, byteOrderMark: true), bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), bytes[2..]);
        }

        return DecodeUtf8(bytes, hasBom: false);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static SourceText DecodeUtf8(ReadOnlySpan<byte> bytes, bool hasBom)
    {
        var valid = Utf8.IsValid(bytes);
        return new SourceText(Utf8NoBom.GetString(bytes), hasBom ? Utf8WithBom : Utf8NoBom, hasBom, !valid);
    }

    private static SourceText DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return new SourceText(strict.GetString(bytes), encoding, true, false);
        }
        catch (DecoderFallbackException)
        {
            return new SourceText(encoding.GetString(bytes), encoding, true, true);
        }
    }

    /// <summary>Encodes <paramref name="content"/> the way this file was encoded, byte order mark included.</summary>
    public byte[] Encode(string content)
    {
        var preamble = HasByteOrderMark ? Encoding.GetPreamble() : [];
        var body = Encoding.GetBytes(content);
        if (preamble.Length == 0)
        {
            return body;
        }

        var result = new byte[preamble.Length + body.Length];
        preamble.CopyTo(result, 0);
        body.CopyTo(result, preamble.Length);
        return result;
    }

    /// <summary>Offsets at which each line starts; line breaks are <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>.</summary>
    public IReadOnlyList<int> LineStarts => _lineStarts ??= ComputeLineStarts(Content);

    /// <summary>Number of lines (an empty text has one empty line).</summary>
    public int LineCount => LineStarts.Count;

    /// <summary>The text of a substring.</summary>
    public string ToString(TextSpan span) => Content.Substring(span.Start, span.Length);

    /// <summary>The characters of a span without allocating.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span) => Content.AsSpan(span.Start, span.Length);

    /// <summary>The 0-based line containing <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        var starts = (int[])LineStarts;
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line position of an offset; offsets past the end clamp to the end.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Content.Length);
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - LineStarts[line]);
    }

    /// <summary>The line positions of both ends of a span.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a line position (clamped into the text).</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line >= LineCount)
        {
            return Content.Length;
        }

        return Math.Min(LineStarts[position.Line] + position.Character, Content.Length);
    }

    /// <summary>The span of a line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = LineStarts[line];
        var end = line + 1 < LineCount ? LineStarts[line + 1] : Content.Length;
        while (end > start && (Content[end - 1] == '\n' || Content[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string content)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\r')
            {
                if (i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <inheritdoc />
    public override string ToString() => Content;
}

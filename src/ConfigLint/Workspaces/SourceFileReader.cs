using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Workspaces;

/// <summary>
/// Reads and parses one file. Whatever goes wrong (too large, binary, bad encoding, unreadable, a parser bug)
/// becomes a <c>CL0004</c> finding on that file; nothing is thrown, so other files are still analyzed.
/// </summary>
public static class SourceFileReader
{
    private const int BinarySniffLength = 8000;

    /// <summary>
    /// The default longest line, in characters. Hand-written configuration stays far below it; a longer line is
    /// generated or hostile, and every rule that scans values would pay for it.
    /// </summary>
    public const int DefaultMaxLineLength = 1 << 20;

    /// <summary>Reads and parses <paramref name="file"/>.</summary>
    public static SyntaxTree Read(WorkspaceFile file, long maxFileSize, int maxLineLength = DefaultMaxLineLength)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.Length > maxFileSize)
            {
                return Unreadable(file, $"it is {info.Length:N0} bytes, over the {maxFileSize:N0}-byte limit (max-file-size)");
            }

            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unreadable(file, $"it could not be read ({exception.GetType().Name}: {exception.Message})");
        }

        if (bytes.Length > maxFileSize)
        {
            return Unreadable(file, $"it is over the {maxFileSize:N0}-byte limit (max-file-size)");
        }

        if (LooksBinary(bytes))
        {
            return Unreadable(file, "it looks binary (it contains NUL bytes)");
        }

        var text = SourceText.From(bytes);
        if (text.HasDecodingErrors)
        {
            return Unreadable(file, $"it is not valid {(text.Encoding.WebName == "utf-8" ? "UTF-8" : text.Encoding.WebName)}", text);
        }

        if (LongestLine(text) is { Length: var length, Line: var line } && length > maxLineLength)
        {
            return new UnparsedSyntaxTree(file.RelativePath, text, file.Format,
                [Diagnostic.Create(EngineDiagnostics.UnreadableFile, Location.Create(file.RelativePath, text, new TextSpan(text.GetLineSpan(line).Start, 0)),
                    $"line {line + 1} is {length:N0} characters long, over the {maxLineLength:N0}-character limit (max-line-length)")]);
        }

        return Parse(file.RelativePath, text, file.Format);
    }

    private static (int Length, int Line) LongestLine(SourceText text)
    {
        var longest = (Length: 0, Line: 0);
        for (var line = 0; line < text.LineCount; line++)
        {
            var length = text.GetLineSpan(line).Length;
            if (length > longest.Length)
            {
                longest = (length, line);
            }
        }

        return longest;
    }

    /// <summary>Parses text, turning a parser failure into <c>CL0004</c>.</summary>
    public static SyntaxTree Parse(string relativePath, SourceText text, ConfigFormat format)
    {
        try
        {
            return SyntaxParser.Parse(relativePath, text, format);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var diagnostic = Diagnostic.Create(EngineDiagnostics.UnreadableFile, Location.FileStart(relativePath),
                $"the {format} parser failed ({exception.GetType().Name}: {exception.Message})");
            return new UnparsedSyntaxTree(relativePath, text, format, [diagnostic]);
        }
    }

    /// <summary>The tree of a file whose reading or parsing overran the time budget and was abandoned.</summary>
    public static SyntaxTree TimedOut(WorkspaceFile file, TimeSpan budget) =>
        Unreadable(file, $"parsing it took longer than the {budget.TotalSeconds:0.#}-second budget");

    private static SyntaxTree Unreadable(WorkspaceFile file, string reason, SourceText? text = null) =>
        new UnparsedSyntaxTree(file.RelativePath, text ?? SourceText.From(string.Empty), file.Format,
            [Diagnostic.Create(EngineDiagnostics.UnreadableFile, Location.FileStart(file.RelativePath), reason)]);

    // UTF-16 and UTF-32 text legitimately contains NUL bytes; a byte order mark says so.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        return bytes[..Math.Min(bytes.Length, BinarySniffLength)].Contains((byte)0);
    }
}

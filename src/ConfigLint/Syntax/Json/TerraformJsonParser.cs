using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Json;

/// <summary>
/// Reads <c>.tf.json</c> files with <see cref="Utf8JsonReader"/> into values with spans. A JSON syntax error is a
/// <c>CL0001</c> diagnostic on its line; nesting deeper than <see cref="MaxDepth"/> is an error, not a crash.
/// </summary>
public sealed class TerraformJsonParser
{
    /// <summary>The deepest nesting read.</summary>
    public const int MaxDepth = 200;

    private readonly SourceText _text;
    private readonly byte[] _utf8;
    private readonly bool _ascii;
    private int _mappedByte;
    private int _mappedChar;

    private TerraformJsonParser(SourceText text)
    {
        _text = text;
        _utf8 = Encoding.UTF8.GetBytes(text.Content);
        _ascii = _utf8.Length == text.Length;
    }

    /// <summary>Parses a file.</summary>
    public static TerraformJsonSyntaxTree Parse(string path, SourceText text)
    {
        var parser = new TerraformJsonParser(text);
        var reader = new Utf8JsonReader(parser._utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return Error(path, text, 0, "Invalid JSON: the file is empty; Terraform JSON files hold one object.");
            }

            var root = parser.ReadValue(ref reader);
            if (reader.Read())
            {
                return Error(path, text, parser.CharOffset((int)reader.TokenStartIndex), "Invalid JSON: extra characters after the top-level value.");
            }

            if (root.Kind != TerraformJsonValueKind.Object)
            {
                return new TerraformJsonSyntaxTree(path, text, root,
                    [Diagnostic.Create(EngineDiagnostics.SyntaxError, Location.Create(path, text, root.Span),
                        "Invalid JSON: the top-level value of a Terraform JSON file must be an object.")]);
            }

            return new TerraformJsonSyntaxTree(path, text, root, []);
        }
        catch (JsonException exception)
        {
            var line = (int)Math.Min(exception.LineNumber ?? 0, text.LineCount - 1);
            var column = (int)(exception.BytePositionInLine ?? 0);
            var offset = Math.Min(text.LineStarts[line] + column, text.Length);
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return Error(path, text, offset, "Invalid JSON: " + (cut > 0 ? message[..cut].TrimEnd() : message));
        }
    }

    private static TerraformJsonSyntaxTree Error(string path, SourceText text, int offset, string message) =>
        new(path, text, null, [Diagnostic.Create(EngineDiagnostics.SyntaxError, Location.Create(path, text, new TextSpan(offset, 0)), message)]);

    private TerraformJsonValue ReadValue(ref Utf8JsonReader reader)
    {
        var start = CharOffset((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = ImmutableArray.CreateBuilder<TerraformJsonMember>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = CharOffset((int)reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    var nameEnd = CharOffset((int)reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    reader.Read();
                    members.Add(new TerraformJsonMember(name, TextSpan.FromBounds(nameStart, nameEnd), ReadValue(ref reader)));
                }

                return Composite(TerraformJsonValueKind.Object, start, CharOffset((int)reader.BytesConsumed), members.ToImmutable(), []);
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<TerraformJsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return Composite(TerraformJsonValueKind.Array, start, CharOffset((int)reader.BytesConsumed), [], items.ToImmutable());
            case JsonTokenType.String:
                return Scalar(TerraformJsonValueKind.String, start, CharOffset((int)reader.BytesConsumed), reader.GetString());
            case JsonTokenType.Number:
                return Scalar(TerraformJsonValueKind.Number, start, CharOffset((int)reader.BytesConsumed), null);
            case JsonTokenType.True or JsonTokenType.False:
                return Scalar(TerraformJsonValueKind.Boolean, start, CharOffset((int)reader.BytesConsumed), null);
            default:
                return Scalar(TerraformJsonValueKind.Null, start, CharOffset((int)reader.BytesConsumed), null);
        }
    }

    private TerraformJsonValue Composite(TerraformJsonValueKind kind, int start, int end, ImmutableArray<TerraformJsonMember> members, ImmutableArray<TerraformJsonValue> items) =>
        new(kind, TextSpan.FromBounds(start, end), _text.Content[start..end], null, members, items);

    private TerraformJsonValue Scalar(TerraformJsonValueKind kind, int start, int end, string? value) =>
        new(kind, TextSpan.FromBounds(start, end), _text.Content[start..end], value, [], []);

    /// <summary>Maps a UTF-8 byte offset to a UTF-16 offset; offsets only grow while reading, so a cursor suffices.</summary>
    private int CharOffset(int byteOffset)
    {
        if (_ascii)
        {
            return byteOffset;
        }

        if (byteOffset < _mappedByte)
        {
            _mappedByte = 0;
            _mappedChar = 0;
        }

        while (_mappedByte < byteOffset && _mappedByte < _utf8.Length)
        {
            var b = _utf8[_mappedByte];
            var width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            _mappedByte += width;
            _mappedChar += width == 4 ? 2 : 1;
        }

        return _mappedChar;
    }
}

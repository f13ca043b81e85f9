using System.Collections.Immutable;
using ConfigLint.Model;
using ConfigLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConfigLint.Configuration;

/// <summary>
/// Reads a small single-document YAML file (the configuration) into the uniform value tree with locations.
/// Scalars stay strings; the configuration schema decides what they mean.
/// </summary>
internal static class YamlValueReader
{
    private const int MaxDepth = 64;

    /// <summary>Reads the first document; null for an empty file. Throws <see cref="ConfigurationException"/> on bad YAML.</summary>
    public static ConfigValue? Read(string path, SourceText text)
    {
        var parser = new Parser(new Scanner(new StringReader(text.Content), skipComments: true));
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return null;
            }

            return ReadValue(parser, path, text, 0);
        }
        catch (YamlException exception)
        {
            throw InvalidYaml(path, text, (int)exception.Start.Index, exception.Message);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these on some malformed input; point just past the last good event.
            var offset = parser.Current is { } current ? (int)current.End.Index : 0;
            throw InvalidYaml(path, text, offset, "the document is not well-formed");
        }
    }

    private static ConfigurationException InvalidYaml(string path, SourceText text, int offset, string message)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        return new ConfigurationException(new ConfigurationError(
            Location.Create(path, text, new TextSpan(offset, 0)),
            $"invalid YAML: {message}"));
    }

    private static ConfigValue ReadValue(IParser parser, string path, SourceText text, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ConfigurationException(new ConfigurationError(Location.Create(path, text, default), "configuration is nested too deeply"));
        }

        switch (parser.Current)
        {
            case Scalar scalar:
                parser.MoveNext();
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null";
                return new ConfigScalar(Span(path, text, scalar), scalar.Value, isNull ? ScalarKind.Null : ScalarKind.String);
            case SequenceStart sequenceStart:
                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<ConfigValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadValue(parser, path, text, depth + 1));
                }

                return new ConfigList(Span(path, text, sequenceStart), items.ToImmutable());
            case MappingStart mappingStart:
                parser.MoveNext();
                var properties = ImmutableArray.CreateBuilder<ConfigProperty>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = parser.Consume<Scalar>();
                    var value = ReadValue(parser, path, text, depth + 1);
                    properties.Add(new ConfigProperty(key.Value, Span(path, text, key), value));
                }

                return new ConfigObject(Span(path, text, mappingStart), properties.ToImmutable());
            case AnchorAlias alias:
                throw new ConfigurationException(new ConfigurationError(Span(path, text, alias), "aliases are not supported in the configuration"));
            default:
                throw new ConfigurationException(new ConfigurationError(Location.Create(path, text, default), "unexpected YAML content"));
        }
    }

    private static Location Span(string path, SourceText text, ParsingEvent e)
    {
        var start = Math.Clamp((int)e.Start.Index, 0, text.Length);
        var end = Math.Clamp((int)e.End.Index, start, text.Length);
        return Location.Create(path, text, TextSpan.FromBounds(start, end));
    }
}

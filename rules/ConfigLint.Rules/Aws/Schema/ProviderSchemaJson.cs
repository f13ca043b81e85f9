using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// Reads the output of <c>terraform providers schema -json</c> (<c>format_version</c> 1.x): one catalog per entry
/// of <c>provider_schemas</c>, with <c>resource_schemas</c>, <c>data_source_schemas</c> and <c>provider</c>. Uses
/// <see cref="JsonDocument"/> only, so it is NativeAOT-safe.
/// </summary>
public static class ProviderSchemaJson
{
    private const int MaxDepth = 256;

    /// <summary>Parses schema JSON; throws <see cref="ProviderSchemaException"/> saying what is wrong and where.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">A name for messages and <see cref="ProviderCatalog.Source"/>, e.g. the file path.</param>
    public static ImmutableArray<ProviderCatalog> Parse(ReadOnlyMemory<byte> utf8, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = false });
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw new ProviderSchemaException($"{source}: not valid JSON{where}: {FirstSentence(exception.Message)}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ProviderSchemaException($"{source}: expected the JSON object of 'terraform providers schema -json'");
            }

            if (root.TryGetProperty("format_version", out var format)
                && (format.ValueKind != JsonValueKind.String || !format.GetString()!.StartsWith("1.", StringComparison.Ordinal)))
            {
                throw new ProviderSchemaException($"{source}: unsupported format_version {format.GetRawText()}; expected 1.x");
            }

            if (!root.TryGetProperty("provider_schemas", out var providers) || providers.ValueKind != JsonValueKind.Object)
            {
                throw new ProviderSchemaException($"{source}: missing 'provider_schemas' object; is this the output of 'terraform providers schema -json'?");
            }

            var result = ImmutableArray.CreateBuilder<ProviderCatalog>();
            foreach (var provider in providers.EnumerateObject())
            {
                var where = $"{source}: provider_schemas.\"{provider.Name}\"";
                var value = Expect(provider.Value, JsonValueKind.Object, where);
                var schemas = new List<ResourceSchema>();
                if (value.TryGetProperty("provider", out var providerBlock))
                {
                    schemas.Add(new ResourceSchema(SchemaKind.Provider, ShortName(provider.Name), ReadTypeSchema(providerBlock, $"{where}.provider")));
                }

                ReadTypes(value, "resource_schemas", SchemaKind.Resource, where, schemas);
                ReadTypes(value, "data_source_schemas", SchemaKind.DataSource, where, schemas);
                result.Add(ProviderCatalog.FromSchemas(provider.Name, source, schemas));
            }

            return result.ToImmutable();
        }
    }

    /// <summary>Reads a schema file from disk; I/O failures become <see cref="ProviderSchemaException"/> too.</summary>
    public static ImmutableArray<ProviderCatalog> Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ProviderSchemaException($"{path}: cannot read provider schema: {exception.Message}", exception);
        }

        return Parse(bytes, path);
    }

    private static void ReadTypes(JsonElement provider, string property, SchemaKind kind, string where, List<ResourceSchema> into)
    {
        if (!provider.TryGetProperty(property, out var types))
        {
            return;
        }

        foreach (var type in Expect(types, JsonValueKind.Object, $"{where}.{property}").EnumerateObject())
        {
            into.Add(new ResourceSchema(kind, type.Name, ReadTypeSchema(type.Value, $"{where}.{property}.{type.Name}")));
        }
    }

    // { "version": 0, "block": { … } }
    private static BlockSchema ReadTypeSchema(JsonElement element, string where)
    {
        Expect(element, JsonValueKind.Object, where);
        return element.TryGetProperty("block", out var block) ? ReadBlock(block, $"{where}.block") : BlockSchema.Empty;
    }

    private static BlockSchema ReadBlock(JsonElement element, string where)
    {
        Expect(element, JsonValueKind.Object, where);
        var attributes = new List<AttributeSchema>();
        if (element.TryGetProperty("attributes", out var attributeMap))
        {
            foreach (var attribute in Expect(attributeMap, JsonValueKind.Object, $"{where}.attributes").EnumerateObject())
            {
                attributes.Add(ReadAttribute(attribute.Name, attribute.Value, $"{where}.attributes.{attribute.Name}"));
            }
        }

        var blocks = new List<NestedBlockSchema>();
        if (element.TryGetProperty("block_types", out var blockMap))
        {
            foreach (var block in Expect(blockMap, JsonValueKind.Object, $"{where}.block_types").EnumerateObject())
            {
                var blockWhere = $"{where}.block_types.{block.Name}";
                var value = Expect(block.Value, JsonValueKind.Object, blockWhere);
                var nesting = ReadNesting(value, blockWhere);
                var inner = value.TryGetProperty("block", out var innerBlock) ? ReadBlock(innerBlock, $"{blockWhere}.block") : BlockSchema.Empty;
                var maxItems = ReadInt(value, "max_items", blockWhere);
                blocks.Add(new NestedBlockSchema(block.Name, nesting, ReadInt(value, "min_items", blockWhere),
                    nesting == BlockNesting.Single && maxItems == 0 ? 1 : maxItems, inner));
            }
        }

        return new BlockSchema(attributes, blocks, deprecationMessage: null, isDeprecated: ReadBool(element, "deprecated", where));
    }

    private static AttributeSchema ReadAttribute(string name, JsonElement element, string where)
    {
        Expect(element, JsonValueKind.Object, where);
        var flags = AttributeFlags.None;
        if (ReadBool(element, "required", where))
        {
            flags |= AttributeFlags.Required;
        }

        if (ReadBool(element, "optional", where))
        {
            flags |= AttributeFlags.Optional;
        }

        if (ReadBool(element, "computed", where))
        {
            flags |= AttributeFlags.Computed;
        }

        if (ReadBool(element, "sensitive", where))
        {
            flags |= AttributeFlags.Sensitive;
        }

        BlockSchema? nested = null;
        var nesting = BlockNesting.Single;
        string type;
        if (element.TryGetProperty("nested_type", out var nestedType))
        {
            // Plugin Framework nested attributes: { "attributes": {…}, "nesting_mode": "list" }.
            Expect(nestedType, JsonValueKind.Object, $"{where}.nested_type");
            nesting = ReadNesting(nestedType, $"{where}.nested_type");
            nested = ReadBlock(nestedType, $"{where}.nested_type");
            type = nesting switch
            {
                BlockNesting.List => "list(object)",
                BlockNesting.Set => "set(object)",
                BlockNesting.Map => "map(object)",
                _ => "object",
            };
        }
        else if (element.TryGetProperty("type", out var ctyType))
        {
            var text = new StringBuilder();
            WriteType(ctyType, text, $"{where}.type", 0);
            type = text.ToString();
        }
        else
        {
            throw new ProviderSchemaException($"{where}: an attribute needs 'type' or 'nested_type'");
        }

        return new AttributeSchema(name, type, flags, isDeprecated: ReadBool(element, "deprecated", where), nestedType: nested, nestedNesting: nesting);
    }

    // cty's JSON type notation: "string", ["list", T], ["map", T], ["set", T], ["object", {…}], ["tuple", [T…]].
    private static void WriteType(JsonElement type, StringBuilder text, string where, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ProviderSchemaException($"{where}: type nested too deeply");
        }

        switch (type.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(type.GetString());
                return;
            case JsonValueKind.Array when type.GetArrayLength() == 2 && type[0].ValueKind == JsonValueKind.String:
                var kind = type[0].GetString()!;
                if (kind is "object" or "tuple")
                {
                    text.Append(kind);
                    return;
                }

                text.Append(kind).Append('(');
                WriteType(type[1], text, where, depth + 1);
                text.Append(')');
                return;
            default:
                throw new ProviderSchemaException($"{where}: not a type: {Truncate(type.GetRawText())}");
        }
    }

    private static BlockNesting ReadNesting(JsonElement element, string where)
    {
        if (!element.TryGetProperty("nesting_mode", out var mode))
        {
            throw new ProviderSchemaException($"{where}: missing 'nesting_mode'");
        }

        return mode.ValueKind == JsonValueKind.String ? mode.GetString() switch
        {
            "single" => BlockNesting.Single,
            "list" => BlockNesting.List,
            "set" => BlockNesting.Set,
            "map" => BlockNesting.Map,
            "group" => BlockNesting.Group,
            _ => throw new ProviderSchemaException($"{where}: unknown nesting_mode {mode.GetRawText()}"),
        } : throw new ProviderSchemaException($"{where}: 'nesting_mode' must be a string");
    }

    private static bool ReadBool(JsonElement element, string property, string where)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ProviderSchemaException($"{where}: '{property}' must be true or false"),
        };
    }

    private static int ReadInt(JsonElement element, string property, string where)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return 0;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0
            ? number
            : throw new ProviderSchemaException($"{where}: '{property}' must be a whole number");
    }

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string where) =>
        element.ValueKind == kind
            ? element
            : throw new ProviderSchemaException($"{where}: expected {(kind == JsonValueKind.Object ? "an object" : kind.ToString().ToLowerInvariant())}, found {element.ValueKind.ToString().ToLowerInvariant()}");

    private static string ShortName(string address)
    {
        var slash = address.LastIndexOf('/');
        return slash < 0 ? address : address[(slash + 1)..];
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : $"{text[..60]}…";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

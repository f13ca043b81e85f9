using System.Collections.Immutable;
using System.Text;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// Decodes the catalog format of <c>rules/data/aws-provider/generate.mjs</c> (described in FORMAT.md there):
/// the header, string table and type index are read up front; a type's block is decoded only when asked for.
/// </summary>
internal sealed class CatalogReader
{
    private const int FormatVersion = 1;
    private readonly byte[] _data;
    private readonly int[] _stringStarts;
    private readonly int[] _stringLengths;
    private readonly string?[] _strings;
    private readonly int _bodyStart;

    private CatalogReader(byte[] data)
    {
        _data = data;
        var position = 0;
        if (data.Length < 5 || data[0] != 'C' || data[1] != 'L' || data[2] != 'P' || data[3] != 'S')
        {
            throw new InvalidDataException("not a ConfigLint provider catalog (bad magic)");
        }

        position = 4;
        if (data[position++] != FormatVersion)
        {
            throw new InvalidDataException($"catalog format version {data[position - 1]} is not supported (expected {FormatVersion})");
        }

        ProviderAddress = ReadInlineString(ref position);
        ProviderVersion = ReadInlineString(ref position);
        Source = ReadInlineString(ref position);
        GeneratedOn = ReadInlineString(ref position);
        ResourceCount = ReadVarint(ref position);
        DataSourceCount = ReadVarint(ref position);

        var stringCount = ReadVarint(ref position);
        _stringStarts = new int[stringCount];
        _stringLengths = new int[stringCount];
        _strings = new string?[stringCount];
        for (var i = 0; i < stringCount; i++)
        {
            var length = ReadVarint(ref position);
            _stringStarts[i] = position;
            _stringLengths[i] = length;
            position = checked(position + length);
        }

        var typeCount = ReadVarint(ref position);
        var index = ImmutableArray.CreateBuilder<IndexEntry>(typeCount);
        for (var i = 0; i < typeCount; i++)
        {
            var kind = (SchemaKind)_data[position++];
            var name = ReadVarint(ref position);
            var offset = ReadVarint(ref position);
            index.Add(new IndexEntry(kind, GetString(name), offset));
        }

        Index = index.MoveToImmutable();

        var renameCount = ReadVarint(ref position);
        var renames = ImmutableArray.CreateBuilder<SchemaRename>(renameCount);
        for (var i = 0; i < renameCount; i++)
        {
            var kind = _data[position++] == 1 ? SchemaKind.DataSource : SchemaKind.Resource;
            renames.Add(new SchemaRename(kind, GetString(ReadVarint(ref position)), GetString(ReadVarint(ref position)),
                GetString(ReadVarint(ref position)), GetString(ReadVarint(ref position))));
        }

        Renames = renames.MoveToImmutable();
        var bodyLength = ReadVarint(ref position);
        _bodyStart = position;
        if (_bodyStart + bodyLength != data.Length)
        {
            throw new InvalidDataException("catalog body length does not match the data");
        }
    }

    public string ProviderAddress { get; }

    public string ProviderVersion { get; }

    public string Source { get; }

    public string GeneratedOn { get; }

    public int ResourceCount { get; }

    public int DataSourceCount { get; }

    public ImmutableArray<IndexEntry> Index { get; }

    public ImmutableArray<SchemaRename> Renames { get; }

    public static CatalogReader Open(byte[] data)
    {
        try
        {
            return new CatalogReader(data);
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException("the catalog is truncated or corrupt", exception);
        }
    }

    public BlockSchema DecodeBlock(int offset)
    {
        var position = _bodyStart + offset;
        try
        {
            return ReadBlock(ref position);
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException("the catalog is truncated or corrupt", exception);
        }
    }

    private BlockSchema ReadBlock(ref int position)
    {
        var blockFlags = _data[position++];
        var deprecation = (blockFlags & 1) != 0 ? GetString(ReadVarint(ref position)) : null;
        var attributeCount = ReadVarint(ref position);
        var attributes = ImmutableArray.CreateBuilder<AttributeSchema>(attributeCount);
        for (var i = 0; i < attributeCount; i++)
        {
            var name = GetString(ReadVarint(ref position));
            var flags = _data[position++];
            var type = GetString(ReadVarint(ref position));
            var message = (flags & 8) != 0 ? GetString(ReadVarint(ref position)) : null;
            BlockSchema? nested = null;
            var nesting = BlockNesting.Single;
            if ((flags & 32) != 0)
            {
                nesting = ReadNesting(ref position);
                nested = ReadBlock(ref position);
            }

            attributes.Add(new AttributeSchema(name, type, (AttributeFlags)(flags & 0b10111), message, nestedType: nested, nestedNesting: nesting));
        }

        var blockCount = ReadVarint(ref position);
        var blocks = ImmutableArray.CreateBuilder<NestedBlockSchema>(blockCount);
        for (var i = 0; i < blockCount; i++)
        {
            var name = GetString(ReadVarint(ref position));
            var nesting = ReadNesting(ref position);
            var minItems = ReadVarint(ref position);
            var maxItems = ReadVarint(ref position);
            blocks.Add(new NestedBlockSchema(name, nesting, minItems, maxItems, ReadBlock(ref position)));
        }

        var constraintCount = ReadVarint(ref position);
        var constraints = ImmutableArray.CreateBuilder<ArgumentConstraint>(constraintCount);
        for (var i = 0; i < constraintCount; i++)
        {
            var kind = (ArgumentConstraintKind)(_data[position++] - 1);
            var nameCount = ReadVarint(ref position);
            var names = ImmutableArray.CreateBuilder<string>(nameCount);
            for (var j = 0; j < nameCount; j++)
            {
                names.Add(GetString(ReadVarint(ref position)));
            }

            constraints.Add(new ArgumentConstraint(kind, names.MoveToImmutable()));
        }

        return BlockSchema.FromSorted(attributes.MoveToImmutable(), blocks.MoveToImmutable(), constraints.MoveToImmutable(),
            deprecation, isOpen: (blockFlags & 2) != 0);
    }

    private BlockNesting ReadNesting(ref int position) => _data[position++] switch
    {
        1 => BlockNesting.Single,
        2 => BlockNesting.List,
        3 => BlockNesting.Set,
        4 => BlockNesting.Map,
        5 => BlockNesting.Group,
        var other => throw new InvalidDataException($"unknown nesting mode {other}"),
    };

    // Strings are decoded on first use; a race decodes the same text twice, which is harmless.
    private string GetString(int index)
    {
        var value = _strings[index];
        if (value is null)
        {
            value = Encoding.UTF8.GetString(_data, _stringStarts[index], _stringLengths[index]);
            _strings[index] = value;
        }

        return value;
    }

    private string ReadInlineString(ref int position)
    {
        var length = ReadVarint(ref position);
        var value = Encoding.UTF8.GetString(_data, position, length);
        position += length;
        return value;
    }

    private int ReadVarint(ref int position)
    {
        var result = 0;
        var shift = 0;
        while (true)
        {
            var b = _data[position++];
            result |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }

            shift += 7;
            if (shift > 28)
            {
                throw new InvalidDataException("varint too long");
            }
        }
    }

    internal readonly record struct IndexEntry(SchemaKind Kind, string Name, int Offset);
}

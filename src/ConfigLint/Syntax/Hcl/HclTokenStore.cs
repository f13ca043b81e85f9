namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Every token of one file in five bytes each: the end offset and the kind. The start is found again from the end of
/// the previous token, because between tokens there is nothing but spaces and tabs (and template text, which is
/// always a token of its own and starts where the previous token ended). Storage grows in fixed chunks so that a
/// large file is never copied while it is lexed.
/// </summary>
internal sealed class HclTokenStore
{
    private const int ChunkShift = 12;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;
    private const byte TriviaBit = 0x80;

    private readonly string _text;
    private int[][] _ends;
    private byte[][] _kinds;

    public HclTokenStore(string text)
    {
        _text = text;
        var chunks = Math.Max(1, text.Length / 4 / ChunkSize + 1);
        _ends = new int[chunks][];
        _kinds = new byte[chunks][];
    }

    public int Count { get; private set; }

    public string Text => _text;

    public void Add(HclTokenKind kind, int end)
    {
        var chunk = Count >> ChunkShift;
        if (chunk == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
            Array.Resize(ref _kinds, _kinds.Length * 2);
        }

        if (_ends[chunk] is null)
        {
            // The last chunk is sized to what is likely left so small files do not pay for a whole chunk.
            var size = chunk == 0 ? Math.Clamp(_text.Length / 3 + 16, 16, ChunkSize) : ChunkSize;
            _ends[chunk] = new int[size];
            _kinds[chunk] = new byte[size];
        }
        else if ((Count & ChunkMask) == _ends[chunk].Length)
        {
            Array.Resize(ref _ends[chunk], Math.Min(ChunkSize, _ends[chunk].Length * 2));
            Array.Resize(ref _kinds[chunk], Math.Min(ChunkSize, _kinds[chunk].Length * 2));
        }

        _ends[chunk][Count & ChunkMask] = end;
        _kinds[chunk][Count & ChunkMask] = (byte)kind;
        Count++;
    }

    public HclTokenKind Kind(int index) => (HclTokenKind)(_kinds[index >> ChunkShift][index & ChunkMask] & ~TriviaBit);

    public bool IsTrivia(int index)
    {
        var raw = _kinds[index >> ChunkShift][index & ChunkMask];
        return (raw & TriviaBit) != 0 || (HclTokenKind)raw == HclTokenKind.Comment;
    }

    public void MarkTrivia(int index) => _kinds[index >> ChunkShift][index & ChunkMask] |= TriviaBit;

    public int End(int index) => _ends[index >> ChunkShift][index & ChunkMask];

    public int Start(int index)
    {
        var position = index == 0 ? 0 : End(index - 1);
        if (StartsAtPreviousEnd(Kind(index)))
        {
            return position;
        }

        var text = _text;
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    public int Length(int index) => End(index) - Start(index);

    public ReadOnlySpan<char> TextOf(int index)
    {
        var start = Start(index);
        return _text.AsSpan(start, End(index) - start);
    }

    // Template text may begin with blanks; it always follows the previous token directly.
    private static bool StartsAtPreviousEnd(HclTokenKind kind) =>
        kind is HclTokenKind.QuotedLiteral or HclTokenKind.HeredocLiteral or HclTokenKind.HeredocClose;
}

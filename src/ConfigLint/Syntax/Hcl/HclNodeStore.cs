namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// The nodes of one tree in post-order (children before their parent), sixteen bytes each. A node knows its token
/// range and how many nodes its subtree holds, so its children are found by walking back from the node before it.
/// Chunked like <see cref="HclTokenStore"/> so growing never copies.
/// </summary>
internal sealed class HclNodeStore
{
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private Entry[][] _chunks;

    private readonly int _firstChunkHint;

    public HclNodeStore(int textLength)
    {
        _chunks = new Entry[Math.Max(1, textLength / 12 / ChunkSize + 1)][];
        _firstChunkHint = textLength / 10 + 8;
    }

    public int Count { get; private set; }

    /// <summary>Adds a node whose subtree starts at node <paramref name="subtreeStart"/>; returns its index.</summary>
    public int Add(HclSyntaxKind kind, byte flags, int firstToken, int lastToken, int subtreeStart)
    {
        var chunk = Count >> ChunkShift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        if (_chunks[chunk] is null)
        {
            _chunks[chunk] = new Entry[chunk == 0 ? Math.Clamp(_firstChunkHint, 8, ChunkSize) : ChunkSize];
        }
        else if ((Count & ChunkMask) == _chunks[chunk].Length)
        {
            Array.Resize(ref _chunks[chunk], Math.Min(ChunkSize, _chunks[chunk].Length * 2));
        }

        _chunks[chunk][Count & ChunkMask] = new Entry
        {
            FirstToken = firstToken,
            LastToken = lastToken,
            Size = Count - subtreeStart,
            Kind = kind,
            Flags = flags,
        };
        return Count++;
    }

    public ref Entry this[int index] => ref _chunks[index >> ChunkShift][index & ChunkMask];

    public struct Entry
    {
        public int FirstToken;
        public int LastToken;

        /// <summary>Number of nodes in the subtree, this one excluded.</summary>
        public int Size;
        public HclSyntaxKind Kind;
        public byte Flags;
    }
}

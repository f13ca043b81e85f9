using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// Builds nodes from YamlDotNet's parser events for the stream that starts at <c>offset</c>: anchors are
/// document-scoped and registered once their node is complete (so an alias cannot point into its own ancestor),
/// aliases are charged against the file's expansion budget, merge keys are applied and duplicate keys reported.
/// Positions come from each mark's character index (UTF-16 code units, as SourceText counts them) mapped through the
/// file's line map rather than from the mark's line and column: YamlDotNet also breaks lines at U+0085, U+2028 and
/// U+2029, which the rest of ConfigLint and SARIF consumers do not. For ordinary text both agree (a test checks).
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly YamlParseState _state;
    private readonly string _content;
    private readonly int _offset;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private int _lastEnd;
    private int _documentStart = -1;

    /// <summary>Creates a builder over <paramref name="content"/>: the file's text, or a copy with blanked-out documents of the same length.</summary>
    public YamlTreeBuilder(YamlParseState state, string content, int offset)
    {
        _state = state;
        _content = content;
        _offset = offset;
        _lastEnd = offset;
    }

    /// <summary>
    /// Parses to the end of the stream; returns -1, or (after reporting the syntax error that stopped it) the offset
    /// after whose line parsing may resume: the start of the broken document, since the scanner may have run past
    /// the next <c>---</c> before failing (an unclosed <c>[</c> does).
    /// </summary>
    public int Run()
    {
        var reader = new StringReader(_offset == 0 ? _content : _content[_offset..]);
        _parser = new Parser(new CommentCollectingScanner(new Scanner(reader, skipComments: false), _offset, _state.Comments));
        try
        {
            Advance();
            Expect<StreamStart>();
            Advance();
            while (_parser.Current is DocumentStart start)
            {
                if (_state.DocumentOrdinal >= YamlLimits.MaxDocuments)
                {
                    var at = Clamp(_offset + start.Start.Index);
                    _state.Report(new TextSpan(at, 0),
                        $"the file has more than {YamlLimits.MaxDocuments:N0} YAML documents; ConfigLint reads only the first {YamlLimits.MaxDocuments:N0}");
                    return -1;
                }

                ReadDocument(start);
            }

            Expect<StreamEnd>();
            return -1;
        }
        catch (YamlException exception)
        {
            var start = Clamp(_offset + exception.Start.Index);
            var end = Math.Max(start, Clamp(_offset + exception.End.Index));
            _state.Report(TextSpan.FromBounds(start, end), "invalid YAML: " + Sentence(exception.Message));
            return _documentStart >= 0 ? _documentStart : end;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // YamlDotNet throws InvalidOperationException (no position) on some malformed input, e.g. an unclosed
            // flow sequence; the last event that parsed is the best position there is.
            _state.Report(new TextSpan(_lastEnd, 0), "invalid YAML: the text after this point is not well-formed");
            return _documentStart >= 0 ? _documentStart : _lastEnd;
        }
    }

    private void ReadDocument(DocumentStart start)
    {
        var ordinal = _state.DocumentOrdinal++;
        _anchors.Clear();
        var documentStart = Clamp(_offset + start.Start.Index);
        _documentStart = documentStart;
        Advance();
        YamlNode? root = null;
        if (_parser.Current is not DocumentEnd)
        {
            root = ReadNode(0);
        }

        Expect<DocumentEnd>();
        var end = root?.Span.End ?? Clamp(_offset + start.End.Index);
        Advance();
        if (root is YamlScalar { Value.Length: 0, Style: YamlScalarStyle.Plain, Tag: null, Anchor: null })
        {
            root = null;
        }

        _state.Documents.Add(new YamlDocument(ordinal, TextSpan.FromBounds(documentStart, Math.Max(documentStart, end)), root));
        _documentStart = -1;
    }

    private YamlNode ReadNode(int depth)
    {
        var current = _parser.Current;
        switch (current)
        {
            case Scalar scalar:
                Advance();
                return Register(scalar.Anchor, MakeScalar(scalar));
            case AnchorAlias alias:
                Advance();
                return MakeAlias(alias);
            case SequenceStart sequenceStart when depth >= YamlLimits.MaxDepth:
                return SkipTooDeep(sequenceStart);
            case MappingStart mappingStart when depth >= YamlLimits.MaxDepth:
                return SkipTooDeep(mappingStart);
            case SequenceStart sequenceStart:
                return Register(sequenceStart.Anchor, ReadSequence(sequenceStart, depth));
            case MappingStart mappingStart:
                return Register(mappingStart.Anchor, ReadMapping(mappingStart, depth));
            default:
                throw new InvalidOperationException($"unexpected YAML event {current?.GetType().Name ?? "end of stream"}");
        }
    }

    private YamlSequence ReadSequence(SequenceStart start, int depth)
    {
        var isFlow = start.Style == SequenceStyle.Flow;
        var spanStart = SkipProperties(Clamp(_offset + start.Start.Index), Clamp(_offset + start.End.Index), start);
        Advance();
        var items = ImmutableArray.CreateBuilder<YamlNode>();
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode(depth + 1));
        }

        var end = isFlow ? FlowEnd(_parser.Current, ']') : items.Count > 0 ? items[^1].Span.End : spanStart;
        Advance();
        return new YamlSequence(TextSpan.FromBounds(spanStart, Math.Max(spanStart, end)), TagOf(start.Tag), AnchorOf(start.Anchor), items.ToImmutable(), isFlow);
    }

    private YamlMapping ReadMapping(MappingStart start, int depth)
    {
        var isFlow = start.Style == MappingStyle.Flow;
        var spanStart = SkipProperties(Clamp(_offset + start.Start.Index), Clamp(_offset + start.End.Index), start);
        Advance();
        var entries = ImmutableArray.CreateBuilder<YamlMappingEntry>();
        while (_parser.Current is not MappingEnd)
        {
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            entries.Add(new YamlMappingEntry(key, value));
        }

        var end = isFlow ? FlowEnd(_parser.Current, '}') : entries.Count > 0 ? entries[^1].Value.Span.End : spanStart;
        if (!isFlow && entries.Count > 0)
        {
            spanStart = Math.Min(spanStart, entries[0].Key.Span.Start);
        }

        Advance();
        var written = entries.ToImmutable();
        return new YamlMapping(TextSpan.FromBounds(spanStart, Math.Max(spanStart, end)), TagOf(start.Tag), AnchorOf(start.Anchor), written, Resolve(written), isFlow);
    }

    // The effective entries: own keys win over merged ones, earlier merge sources win over later ones, and of
    // duplicated own keys the last one stands (as most loaders do; the duplicate itself is reported).
    private ImmutableArray<YamlMappingEntry> Resolve(ImmutableArray<YamlMappingEntry> entries)
    {
        var lastOwn = new Dictionary<string, int>(StringComparer.Ordinal);
        var hasMerge = false;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.IsMerge)
            {
                hasMerge = true;
                continue;
            }

            if (entry.KeyText is not { } key)
            {
                continue;
            }

            if (lastOwn.TryGetValue(key, out var previous))
            {
                var line = _state.Text.GetLinePosition(entries[previous].Key.Span.Start).Line + 1;
                _state.Report(entry.Key.Span, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate key '{key}': it is already defined on line {line}, and YAML keys must be unique in a mapping"));
            }

            lastOwn[key] = i;
        }

        if (!hasMerge && lastOwn.Count == entries.Length)
        {
            return entries;
        }

        var members = ImmutableArray.CreateBuilder<YamlMappingEntry>(entries.Length);
        var merged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.IsMerge)
            {
                foreach (var source in MergeSources(entry.Value))
                {
                    foreach (var member in source.Members)
                    {
                        if (member.KeyText is not { } key || (!lastOwn.ContainsKey(key) && merged.Add(key)))
                        {
                            members.Add(member);
                        }
                    }
                }
            }
            else if (entry.KeyText is not { } key || lastOwn[key] == i)
            {
                members.Add(entry);
            }
        }

        return members.ToImmutable();
    }

    private IEnumerable<YamlMapping> MergeSources(YamlNode value)
    {
        switch (value.Resolve())
        {
            case YamlMapping mapping:
                yield return mapping;
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item.Resolve() is YamlMapping itemMapping)
                    {
                        yield return itemMapping;
                    }
                    else if (item.Resolve() is not null)
                    {
                        _state.Report(item.Span, "invalid merge: a '<<' list may hold only mappings");
                    }
                }

                break;
            case null:
                break;
            default:
                _state.Report(value.Span, "invalid merge: '<<' takes a mapping or a list of mappings");
                break;
        }
    }

    private YamlScalar MakeScalar(Scalar scalar)
    {
        var start = SkipProperties(Clamp(_offset + scalar.Start.Index), Clamp(_offset + scalar.End.Index), scalar);
        var end = Math.Max(start, Clamp(_offset + scalar.End.Index));
        var style = scalar.Style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YamlScalarStyle.Literal,
            ScalarStyle.Folded => YamlScalarStyle.Folded,
            _ => YamlScalarStyle.Plain,
        };

        if (style is YamlScalarStyle.Literal or YamlScalarStyle.Folded)
        {
            // The event ends after the block's last line break; the span ends with its last character.
            while (end > start && char.IsWhiteSpace(_content[end - 1]))
            {
                end--;
            }
        }

        return new YamlScalar(TextSpan.FromBounds(start, end), TagOf(scalar.Tag), AnchorOf(scalar.Anchor), scalar.Value, style);
    }

    private YamlAlias MakeAlias(AnchorAlias alias)
    {
        var span = TextSpan.FromBounds(Clamp(_offset + alias.Start.Index), Math.Max(Clamp(_offset + alias.Start.Index), Clamp(_offset + alias.End.Index)));
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var target))
        {
            _state.Report(span, $"unknown alias '*{name}': no anchor '&{name}' is defined before it in this document");
            return new YamlAlias(span, name, null);
        }

        if (_state.AliasExpansion + target.ExpandedSize > YamlLimits.MaxAliasExpansion)
        {
            if (!_state.AliasLimitReported)
            {
                _state.AliasLimitReported = true;
                _state.Report(span, string.Create(CultureInfo.InvariantCulture,
                    $"aliases expand to more than {YamlLimits.MaxAliasExpansion:N0} nodes (a 'billion laughs' file); this alias and later ones are not expanded"));
            }

            return new YamlAlias(span, name, null);
        }

        _state.AliasExpansion += target.ExpandedSize;
        return new YamlAlias(span, name, target);
    }

    private YamlScalar SkipTooDeep(NodeEvent start)
    {
        var spanStart = Clamp(_offset + start.Start.Index);
        if (!_state.DepthLimitReported)
        {
            _state.DepthLimitReported = true;
            _state.Report(new TextSpan(spanStart, 0), string.Create(CultureInfo.InvariantCulture,
                $"collections nest deeper than {YamlLimits.MaxDepth} levels; the deeper content is not analyzed"));
        }

        var level = 0;
        do
        {
            level += _parser.Current switch
            {
                SequenceStart or MappingStart => 1,
                SequenceEnd or MappingEnd => -1,
                _ => 0,
            };
            Advance();
        }
        while (level > 0);

        return new YamlScalar(new TextSpan(spanStart, 0), null, null, string.Empty, YamlScalarStyle.Plain);
    }

    private T Register<T>(AnchorName anchor, T node) where T : YamlNode
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    // Event marks of a node with an anchor or tag start at the '&' or '!'; the node's span starts at its value.
    private int SkipProperties(int start, int end, NodeEvent node)
    {
        if (node.Anchor.IsEmpty && (node.Tag.IsEmpty || node.Tag.IsNonSpecific && node.Tag.ToString() == "?"))
        {
            return start;
        }

        var i = start;
        var limit = Math.Max(end, start);
        for (var properties = 0; properties < 2 && i < _content.Length && _content[i] is '&' or '!'; properties++)
        {
            while (i < _content.Length && !char.IsWhiteSpace(_content[i]) && _content[i] is not (',' or '[' or ']' or '{' or '}'))
            {
                i++;
            }

            while (i < _content.Length && char.IsWhiteSpace(_content[i]))
            {
                i++;
            }
        }

        return node is Scalar && i > limit ? limit : i;
    }

    // The end event of a flow collection is marked at its closing bracket; the span includes the bracket.
    private int FlowEnd(ParsingEvent end, char bracket)
    {
        var at = Clamp(_offset + end.Start.Index);
        return at < _content.Length && _content[at] == bracket ? at + 1 : Clamp(_offset + end.End.Index);
    }

    private void Advance()
    {
        if (!_parser.MoveNext())
        {
            throw new InvalidOperationException("unexpected end of the YAML stream");
        }

        _lastEnd = Clamp(_offset + _parser.Current!.End.Index);
    }

    private void Expect<T>() where T : ParsingEvent
    {
        if (_parser.Current is not T)
        {
            throw new InvalidOperationException($"expected {typeof(T).Name}, found {_parser.Current?.GetType().Name}");
        }
    }

    private int Clamp(long offset) => (int)Math.Clamp(offset, 0, _content.Length);

    private static string? TagOf(TagName tag) => tag.IsEmpty || tag.ToString() == "?" ? null : tag.IsNonSpecific ? "!" : tag.Value;

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string Sentence(string message)
    {
        var text = message.Trim().TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "the document is not well-formed";
    }
}

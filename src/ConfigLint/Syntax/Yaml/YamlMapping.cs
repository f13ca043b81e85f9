using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// A mapping. <see cref="Entries"/> is what is written; <see cref="Members"/> is what a YAML loader sees: merge keys
/// (<c>&lt;&lt;: *base</c>) expanded, keys written here winning over merged ones, and for a duplicated key (reported
/// as a syntax error) only the last one kept.
/// </summary>
public sealed class YamlMapping : YamlNode
{
    internal YamlMapping(TextSpan span, string? tag, string? anchor, ImmutableArray<YamlMappingEntry> entries, ImmutableArray<YamlMappingEntry> members, bool isFlow)
        : base(span, tag, anchor)
    {
        Entries = entries;
        Members = members;
        IsFlow = isFlow;
        long size = 1;
        foreach (var member in members)
        {
            size = YamlLimits.AddSaturating(size, YamlLimits.AddSaturating(member.Key.ExpandedSize, member.Value.ExpandedSize));
        }

        ExpandedSize = size;
    }

    /// <summary>The entries as written, merge keys and duplicates included.</summary>
    public ImmutableArray<YamlMappingEntry> Entries { get; }

    /// <summary>The effective entries: merges applied, duplicates resolved, in source order.</summary>
    public ImmutableArray<YamlMappingEntry> Members { get; }

    /// <summary>True for <c>{a: 1}</c>.</summary>
    public bool IsFlow { get; }

    /// <summary>The effective entry with a scalar key equal to <paramref name="key"/>, or null.</summary>
    public YamlMappingEntry? GetEntry(string key)
    {
        foreach (var member in Members)
        {
            if (member.KeyText == key)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The value of the effective entry <paramref name="key"/> with aliases resolved, or null.</summary>
    public YamlNode? Get(string key) => GetEntry(key)?.Value.Resolve();
}

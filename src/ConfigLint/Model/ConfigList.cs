using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>An ordered list of values.</summary>
public sealed class ConfigList(Location location, ImmutableArray<ConfigValue> items) : ConfigValue(location)
{
    /// <summary>The items in source order.</summary>
    public ImmutableArray<ConfigValue> Items { get; } = items;
}

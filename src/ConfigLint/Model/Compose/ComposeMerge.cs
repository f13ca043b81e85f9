namespace ConfigLint.Model.Compose;

/// <summary>
/// Merges Compose files as the specification says (13-merge.md, read 2026-07): mappings merge key by key, sequences
/// append, <c>command</c>, <c>entrypoint</c> and <c>healthcheck.test</c> are replaced, <c>ports</c> merge on
/// {ip, target, published, protocol} and <c>volumes</c>, <c>secrets</c>, <c>configs</c> on their target, scalars are
/// replaced; <c>!reset</c> removes a value and <c>!override</c> replaces it whole. Inputs are in expanded form.
/// </summary>
internal static class ComposeMerge
{
    // Aliases can make a tree far deeper than its text; past this depth the override's value is taken whole.
    private const int MaxDepth = 64;

    public static ConfigObject Merge(ConfigObject baseRoot, ConfigObject overrideRoot, Func<ConfigValue, string?> tagOf) =>
        MergeObjects(baseRoot, overrideRoot, string.Empty, tagOf, 0);

    private static ConfigObject MergeObjects(ConfigObject baseObject, ConfigObject overrideObject, string path, Func<ConfigValue, string?> tagOf, int depth)
    {
        var properties = baseObject.Properties.ToList();
        foreach (var property in overrideObject.Properties)
        {
            var childPath = path + "/" + (path is "/services" or "/networks" or "/volumes" or "/secrets" or "/configs" ? "*" : property.Name);
            var index = properties.FindIndex(p => p.Name == property.Name);
            if (index < 0)
            {
                if (tagOf(property.Value) != "!reset")
                {
                    properties.Add(property);
                }

                continue;
            }

            var merged = MergeValues(childPath, properties[index].Value, property.Value, tagOf, depth);
            if (merged is null)
            {
                properties.RemoveAt(index);
            }
            else
            {
                // A replaced value is reported where the override writes it; a merged one where it was first declared.
                properties[index] = ReferenceEquals(merged, property.Value) ? property : properties[index] with { Value = merged };
            }
        }

        return new ConfigObject(baseObject.Location, [.. properties]);
    }

    private static ConfigValue? MergeValues(string path, ConfigValue baseValue, ConfigValue overrideValue, Func<ConfigValue, string?> tagOf, int depth)
    {
        switch (tagOf(overrideValue))
        {
            case "!reset":
                return null;
            case "!override":
                return overrideValue;
        }

        switch (path)
        {
            case "/services/*/command" or "/services/*/entrypoint" or "/services/*/healthcheck/test":
                return overrideValue;
            case "/services/*/ports" when baseValue is ConfigList basePorts && overrideValue is ConfigList overridePorts:
                return MergeUnique(basePorts, overridePorts, PortKey);
            case "/services/*/volumes" or "/services/*/secrets" or "/services/*/configs"
                when baseValue is ConfigList baseList && overrideValue is ConfigList overrideList:
                return MergeUnique(baseList, overrideList, TargetKey);
        }

        return (baseValue, overrideValue) switch
        {
            (ConfigObject b, ConfigObject o) when depth < MaxDepth => MergeObjects(b, o, path, tagOf, depth + 1),
            (ConfigList b, ConfigList o) => new ConfigList(b.Location, b.Items.AddRange(o.Items)),
            _ => overrideValue,
        };
    }

    private static ConfigList MergeUnique(ConfigList baseList, ConfigList overrideList, Func<ConfigValue, string?> keyOf)
    {
        var items = baseList.Items.ToList();
        foreach (var item in overrideList.Items)
        {
            var key = keyOf(item);
            var index = key is null ? -1 : items.FindIndex(i => keyOf(i) == key);
            if (index >= 0)
            {
                items[index] = item;
            }
            else
            {
                items.Add(item);
            }
        }

        return new ConfigList(baseList.Location, [.. items]);
    }

    private static string? PortKey(ConfigValue item)
    {
        ComposePort port;
        if (item is ConfigObject entry)
        {
            port = ComposePortParser.ParseLong(entry.Location, ComposeValues.Text(entry.Get("target")), null, ComposeValues.Text(entry.Get("published")), null,
                ComposeValues.Text(entry.Get("host_ip")), ComposeValues.Text(entry.Get("protocol")));
        }
        else if (ComposeValues.Text(item) is { } text)
        {
            port = ComposePortParser.ParseShort(text, item.Location, (_, _) => item.Location, isExpose: false);
        }
        else
        {
            return null;
        }

        return port.Problem is null ? $"{port.HostIp}|{port.TargetStart}-{port.TargetEnd}|{port.PublishedStart}-{port.PublishedEnd}|{port.Protocol}" : port.Text;
    }

    private static string? TargetKey(ConfigValue item)
    {
        if (item is ConfigObject entry)
        {
            return ComposeValues.Text(entry.Get("target")) ?? ComposeValues.Text(entry.Get("source"));
        }

        if (ComposeValues.Text(item) is not { } text)
        {
            return null;
        }

        var parts = text.Split(':');
        return parts.Length == 1 ? parts[0] : parts[1];
    }
}

using System.Collections.Immutable;
using ConfigLint.Model.Yaml;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// Rewrites a service into Compose's expanded form before merging ("merges apply to the expanded form", 13-merge.md):
/// <c>environment</c>, <c>labels</c> and <c>annotations</c> lists of <c>KEY=VALUE</c> become maps, <c>depends_on</c> and
/// <c>networks</c> lists become maps, a string <c>env_file</c> becomes a list and a string <c>build</c> a <c>context</c>.
/// Every new value keeps the location of the text it came from (the <c>VALUE</c> part of <c>KEY=VALUE</c> when exact).
/// </summary>
internal static class ComposeExpansion
{
    public static ConfigObject ExpandRoot(ConfigObject root, Func<string, SourceText?> textOf)
    {
        if (root.GetProperty("services") is not { Value: ConfigObject services } servicesProperty)
        {
            return root;
        }

        var expanded = services.Properties.Select(p => p.Value is ConfigObject service ? p with { Value = ExpandService(service, textOf) } : p);
        var newServices = new ConfigObject(services.Location, [.. expanded]);
        return new ConfigObject(root.Location, [.. root.Properties.Select(p => ReferenceEquals(p, servicesProperty) ? p with { Value = newServices } : p)]);
    }

    private static ConfigObject ExpandService(ConfigObject service, Func<string, SourceText?> textOf)
    {
        var properties = ImmutableArray.CreateBuilder<ConfigProperty>(service.Properties.Length);
        foreach (var property in service.Properties)
        {
            var value = property.Value;
            var expanded = property.Name switch
            {
                "environment" or "labels" or "annotations" when value is ConfigList list => KeyValueMap(list, textOf),
                "depends_on" when value is ConfigList list => NameMap(list, item => new ConfigObject(item.Location, [])),
                "networks" when value is ConfigList list => NameMap(list, item => new ConfigScalar(item.Location, string.Empty, ScalarKind.Null)),
                "env_file" when value is ConfigScalar or ComposeInterpolatedValue => new ConfigList(value.Location, [value]),
                "build" when value is ConfigScalar or ComposeInterpolatedValue =>
                    new ConfigObject(value.Location, [new ConfigProperty("context", value.Location, value)]),
                _ => value,
            };
            properties.Add(ReferenceEquals(expanded, value) ? property : property with { Value = expanded });
        }

        return new ConfigObject(service.Location, properties.MoveToImmutable());
    }

    private static ConfigObject NameMap(ConfigList list, Func<ConfigValue, ConfigValue> valueFor)
    {
        var properties = ImmutableArray.CreateBuilder<ConfigProperty>(list.Items.Length);
        foreach (var item in list.Items)
        {
            if (ComposeValues.Text(item) is { } name)
            {
                properties.Add(new ConfigProperty(name, item.Location, valueFor(item)));
            }
        }

        return new ConfigObject(list.Location, properties.ToImmutable());
    }

    // "KEY=VALUE" → KEY: VALUE; a bare "KEY" → KEY: null (Compose takes it from the shell or leaves it unset).
    private static ConfigObject KeyValueMap(ConfigList list, Func<string, SourceText?> textOf)
    {
        var properties = ImmutableArray.CreateBuilder<ConfigProperty>(list.Items.Length);
        foreach (var item in list.Items)
        {
            var text = ComposeValues.Text(item);
            if (text is null)
            {
                continue;
            }

            var equals = text.IndexOf('=');
            var name = equals < 0 ? text : text[..equals];
            var source = textOf(item.Location.Path);
            var raw = item is ComposeInterpolatedValue interpolated ? interpolated.SourceText : text;
            var rawEquals = raw.IndexOf('=');
            var nameLocation = source is not null && raw.StartsWith(name, StringComparison.Ordinal)
                ? ValueSlices.Slice(source, item.Location, raw, 0, name.Length)
                : item.Location;
            ConfigValue value;
            if (equals < 0)
            {
                value = new ConfigScalar(item.Location, string.Empty, ScalarKind.Null);
            }
            else
            {
                var valueLocation = source is not null && rawEquals >= 0
                    ? ValueSlices.Slice(source, item.Location, raw, rawEquals + 1, raw.Length - rawEquals - 1)
                    : item.Location;
                value = item is ComposeInterpolatedValue expression
                    ? new ComposeInterpolatedValue(valueLocation, rawEquals >= 0 ? raw[(rawEquals + 1)..] : raw, text[(equals + 1)..], expression.Variables, expression.Problem)
                    : new ConfigScalar(valueLocation, text[(equals + 1)..]);
            }

            properties.Add(new ConfigProperty(name, nameLocation, value));
        }

        return new ConfigObject(list.Location, properties.ToImmutable());
    }
}

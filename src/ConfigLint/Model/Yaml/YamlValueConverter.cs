using System.Collections.Immutable;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;

namespace ConfigLint.Model.Yaml;

/// <summary>
/// Turns YAML nodes into the uniform property tree with locations. Aliases become the very value their anchor
/// converted to (shared, not copied), merge keys are already applied by the parser, and plain scalars are typed by
/// the YAML 1.2 core schema. A format may take over scalar values (Compose interpolates <c>${VAR}</c>).
/// </summary>
public sealed class YamlValueConverter
{
    private readonly YamlSyntaxTree _tree;
    private readonly Func<YamlScalar, Location, ConfigValue?>? _scalarValue;
    private readonly Dictionary<YamlNode, ConfigValue> _converted = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ConfigValue, YamlNode> _sources = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a converter; <paramref name="scalarValue"/> may return a replacement for a scalar in value position.</summary>
    public YamlValueConverter(YamlSyntaxTree tree, Func<YamlScalar, Location, ConfigValue?>? scalarValue = null)
    {
        _tree = tree;
        _scalarValue = scalarValue;
    }

    /// <summary>The converted value of <paramref name="node"/>; the same node always gives the same instance.</summary>
    public ConfigValue Convert(YamlNode node) => Convert(node, isKey: false, depth: 0);

    /// <summary>The YAML node a value was converted from (for its tag or style), or null for values made elsewhere.</summary>
    public YamlNode? SourceOf(ConfigValue value) => _sources.GetValueOrDefault(value);

    /// <summary>The core-schema type of a scalar: only untagged plain scalars are typed; <c>!!str</c> and quotes are strings.</summary>
    public static ScalarKind KindOf(YamlScalar scalar)
    {
        switch (scalar.Tag)
        {
            case "tag:yaml.org,2002:str" or "!":
                return ScalarKind.String;
            case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                return ScalarKind.Number;
            case "tag:yaml.org,2002:bool":
                return ScalarKind.Boolean;
            case "tag:yaml.org,2002:null":
                return ScalarKind.Null;
            case not null:
                return ScalarKind.String;
        }

        if (scalar.Style != YamlScalarStyle.Plain)
        {
            return ScalarKind.String;
        }

        var value = scalar.Value;
        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ => IsCoreNumber(value) ? ScalarKind.Number : ScalarKind.String,
        };
    }

    private ConfigValue Convert(YamlNode node, bool isKey, int depth)
    {
        if (_converted.TryGetValue(node, out var done))
        {
            return done;
        }

        var location = _tree.GetLocation(node.Span);
        ConfigValue value;
        switch (node)
        {
            case YamlAlias alias:
                // An alias is its target; an unresolved one (unknown anchor, expansion limit) is null.
                value = alias.Target is { } target ? Convert(target, isKey, depth) : new ConfigScalar(location, string.Empty, ScalarKind.Null);
                break;
            case YamlScalar scalar:
                value = (isKey ? null : _scalarValue?.Invoke(scalar, location)) ?? new ConfigScalar(location, scalar.Value, KindOf(scalar));
                break;
            case YamlSequence sequence:
                var items = ImmutableArray.CreateBuilder<ConfigValue>(sequence.Items.Length);
                foreach (var item in sequence.Items)
                {
                    items.Add(Convert(item, isKey: false, depth + 1));
                }

                value = new ConfigList(location, items.MoveToImmutable());
                break;
            case YamlMapping mapping:
                var properties = ImmutableArray.CreateBuilder<ConfigProperty>(mapping.Members.Length);
                foreach (var member in mapping.Members)
                {
                    var name = member.KeyText ?? _tree.Text.ToString(member.Key.Span);
                    properties.Add(new ConfigProperty(name, _tree.GetLocation(member.Key.Span), Convert(member.Value, isKey: false, depth + 1)));
                }

                value = new ConfigObject(location, properties.MoveToImmutable());
                break;
            default:
                value = new ConfigScalar(location, string.Empty, ScalarKind.Null);
                break;
        }

        _converted[node] = value;
        _sources.TryAdd(value, node.Resolve() ?? node);
        return value;
    }

    // [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+ | [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.inf | \.nan
    private static bool IsCoreNumber(string value)
    {
        var s = value.AsSpan();
        if (s is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x'))
        {
            var digits = s[2..];
            return s[1] == 'o' ? !digits.ContainsAnyExceptInRange('0', '7') : !digits.ContainsAnyExcept("0123456789abcdefABCDEF");
        }

        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        if (s is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        var i = 0;
        var mantissaDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            mantissaDigits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                mantissaDigits++;
            }
        }

        if (mantissaDigits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '-' or '+')
            {
                i++;
            }

            var exponentStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == s.Length;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Values;

/// <summary>
/// A value as Terraform would compute it before apply, or <see cref="TerraformValueKind.Unknown"/> when it cannot be
/// known. Values are immutable and remember where they came from (<see cref="Origins"/>) and whether they are
/// sensitive. Unknown values may say why (<see cref="UnknownReason"/>); an unknown produced by an invalid operation
/// (a function given an impossible argument) is an error (<see cref="IsError"/>).
/// </summary>
public sealed class TerraformValue
{
    private static readonly ImmutableArray<ValueOrigin> NoOrigins = [];

    private readonly string? _string;
    private readonly decimal _number;
    private readonly bool _bool;
    private readonly ImmutableArray<TerraformValue> _items;
    private readonly ImmutableArray<KeyValuePair<string, TerraformValue>> _attributes;

    // Computed once from the parts' own flags: values share parts, so walking them each time can be exponential.
    private readonly bool _whollyKnown;

    private TerraformValue(
        TerraformValueKind kind,
        string? text = null,
        decimal number = 0,
        bool boolean = false,
        ImmutableArray<TerraformValue> items = default,
        ImmutableArray<KeyValuePair<string, TerraformValue>> attributes = default,
        ImmutableArray<ValueOrigin> origins = default,
        bool sensitive = false,
        string? unknownReason = null,
        bool isError = false)
    {
        Kind = kind;
        _string = text;
        _number = number;
        _bool = boolean;
        _items = items.IsDefault ? [] : items;
        _attributes = attributes.IsDefault ? [] : attributes;
        Origins = origins.IsDefault ? NoOrigins : origins;
        IsSensitive = sensitive;
        UnknownReason = unknownReason;
        IsError = isError;
        _whollyKnown = kind switch
        {
            TerraformValueKind.Unknown => false,
            TerraformValueKind.Tuple => AllKnown(_items),
            TerraformValueKind.Object => AllKnown(_attributes),
            _ => true,
        };
    }

    private static bool AllKnown(ImmutableArray<TerraformValue> items)
    {
        foreach (var item in items)
        {
            if (!item._whollyKnown)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllKnown(ImmutableArray<KeyValuePair<string, TerraformValue>> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (!attribute.Value._whollyKnown)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An unknown value with no reason given.</summary>
    public static TerraformValue Unknown { get; } = new(TerraformValueKind.Unknown);

    /// <summary><c>null</c>.</summary>
    public static TerraformValue Null { get; } = new(TerraformValueKind.Null);

    /// <summary><c>true</c>.</summary>
    public static TerraformValue True { get; } = new(TerraformValueKind.Bool, boolean: true);

    /// <summary><c>false</c>.</summary>
    public static TerraformValue False { get; } = new(TerraformValueKind.Bool, boolean: false);

    /// <summary>The empty tuple <c>[]</c>.</summary>
    public static TerraformValue EmptyTuple { get; } = new(TerraformValueKind.Tuple, items: []);

    /// <summary>The empty object <c>{}</c>.</summary>
    public static TerraformValue EmptyObject { get; } = new(TerraformValueKind.Object, attributes: []);

    /// <summary>What the value is.</summary>
    public TerraformValueKind Kind { get; }

    /// <summary>Where the value came from, most specific first; empty for a literal in the expression itself.</summary>
    public ImmutableArray<ValueOrigin> Origins { get; }

    /// <summary>True when derived from a <c>sensitive</c> variable or <c>sensitive()</c>.</summary>
    public bool IsSensitive { get; }

    /// <summary>Why an unknown value is unknown, when that is worth saying.</summary>
    public string? UnknownReason { get; }

    /// <summary>True for an unknown that stands for an error Terraform would report (see <see cref="UnknownReason"/>).</summary>
    public bool IsError { get; }

    /// <summary>True unless <see cref="TerraformValueKind.Unknown"/>.</summary>
    public bool IsKnown => Kind != TerraformValueKind.Unknown;

    /// <summary>True when this value and everything inside it is known.</summary>
    public bool IsWhollyKnown => _whollyKnown;

    /// <summary>True for <c>null</c>.</summary>
    public bool IsNull => Kind == TerraformValueKind.Null;

    /// <summary>The string of a <see cref="TerraformValueKind.String"/>.</summary>
    public string AsString => Kind == TerraformValueKind.String ? _string! : throw WrongKind(TerraformValueKind.String);

    /// <summary>The number of a <see cref="TerraformValueKind.Number"/>.</summary>
    public decimal AsNumber => Kind == TerraformValueKind.Number ? _number : throw WrongKind(TerraformValueKind.Number);

    /// <summary>The truth of a <see cref="TerraformValueKind.Bool"/>.</summary>
    public bool AsBool => Kind == TerraformValueKind.Bool ? _bool : throw WrongKind(TerraformValueKind.Bool);

    /// <summary>The elements of a <see cref="TerraformValueKind.Tuple"/>.</summary>
    public ImmutableArray<TerraformValue> Items => Kind == TerraformValueKind.Tuple ? _items : throw WrongKind(TerraformValueKind.Tuple);

    /// <summary>The attributes of an <see cref="TerraformValueKind.Object"/>, ordered by name.</summary>
    public ImmutableArray<KeyValuePair<string, TerraformValue>> Attributes =>
        Kind == TerraformValueKind.Object ? _attributes : throw WrongKind(TerraformValueKind.Object);

    /// <summary>An unknown value saying why.</summary>
    public static TerraformValue UnknownBecause(string reason) => new(TerraformValueKind.Unknown, unknownReason: reason);

    /// <summary>An unknown standing for an error Terraform would report.</summary>
    public static TerraformValue Error(string message) => new(TerraformValueKind.Unknown, unknownReason: message, isError: true);

    /// <summary>A string.</summary>
    public static TerraformValue String(string value) => new(TerraformValueKind.String, text: value);

    /// <summary>A number.</summary>
    public static TerraformValue Number(decimal value) => new(TerraformValueKind.Number, number: value);

    /// <summary>A bool.</summary>
    public static TerraformValue Bool(bool value) => value ? True : False;

    /// <summary>A tuple (or list) of the given elements.</summary>
    public static TerraformValue Tuple(IEnumerable<TerraformValue> items) => new(TerraformValueKind.Tuple, items: [.. items]);

    /// <summary>An object; later duplicates of a name win, and attributes are ordered by name.</summary>
    public static TerraformValue Object(IEnumerable<KeyValuePair<string, TerraformValue>> attributes)
    {
        var byName = new SortedDictionary<string, TerraformValue>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            byName[name] = value;
        }

        return new TerraformValue(TerraformValueKind.Object, attributes: [.. byName]);
    }

    /// <summary>Parses an HCL number literal (<c>1</c>, <c>1.5</c>, <c>1e3</c>); too large a number is unknown.</summary>
    public static TerraformValue ParseNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? Number(number)
            : UnknownBecause($"the number {text} is too large to evaluate here");

    /// <summary>The attribute named <paramref name="name"/> of an object, or null.</summary>
    public TerraformValue? GetAttribute(string name)
    {
        if (Kind != TerraformValueKind.Object)
        {
            return null;
        }

        foreach (var (key, value) in _attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A copy that also remembers <paramref name="origin"/> (first).</summary>
    public TerraformValue WithOrigin(ValueOrigin origin) =>
        new(Kind, _string, _number, _bool, _items, _attributes, Origins.Insert(0, origin), IsSensitive, UnknownReason, IsError);

    /// <summary>A copy with these origins added after its own.</summary>
    public TerraformValue WithOrigins(ImmutableArray<ValueOrigin> origins) =>
        origins.IsEmpty ? this : new(Kind, _string, _number, _bool, _items, _attributes, Origins.AddRange(origins.Except(Origins)), IsSensitive, UnknownReason, IsError);

    /// <summary>A copy marked sensitive or not.</summary>
    public TerraformValue WithSensitive(bool sensitive) =>
        sensitive == IsSensitive ? this : new(Kind, _string, _number, _bool, _items, _attributes, Origins, sensitive, UnknownReason, IsError);

    /// <summary>
    /// The value as a string the way Terraform converts primitives (<c>tostring</c>, interpolation): numbers without
    /// trailing zeros, bools as <c>true</c>/<c>false</c>. Null when the value has no string form.
    /// </summary>
    public string? ToStringValue() => Kind switch
    {
        TerraformValueKind.String => _string,
        TerraformValueKind.Number => FormatNumber(_number),
        TerraformValueKind.Bool => _bool ? "true" : "false",
        _ => null,
    };

    /// <summary>Formats a number as Terraform prints it: <c>3</c>, <c>0.5</c>, <c>-12.25</c>.</summary>
    public static string FormatNumber(decimal number)
    {
        // Dividing by 1.000…0 strips trailing zeros of the decimal's scale.
        var normalized = number / 1.0000000000000000000000000000m;
        return normalized.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Structural equality of known values, as Terraform's <c>==</c>; null when either side is unknown.</summary>
    public bool? EqualsValue(TerraformValue other)
    {
        if (!IsWhollyKnown || !other.IsWhollyKnown)
        {
            return null;
        }

        return StructurallyEqual(this, other);
    }

    /// <summary>HCL-like rendering for messages and debugging: <c>"a"</c>, <c>[1, 2]</c>, <c>{ a = 1 }</c>, <c>(unknown)</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Render(builder);
        return builder.ToString();
    }

    private static bool StructurallyEqual(TerraformValue a, TerraformValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case TerraformValueKind.Null: return true;
            case TerraformValueKind.Bool: return a._bool == b._bool;
            case TerraformValueKind.Number: return a._number == b._number;
            case TerraformValueKind.String: return a._string == b._string;
            case TerraformValueKind.Tuple:
                if (a._items.Length != b._items.Length)
                {
                    return false;
                }

                for (var i = 0; i < a._items.Length; i++)
                {
                    if (!StructurallyEqual(a._items[i], b._items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case TerraformValueKind.Object:
                if (a._attributes.Length != b._attributes.Length)
                {
                    return false;
                }

                for (var i = 0; i < a._attributes.Length; i++)
                {
                    if (a._attributes[i].Key != b._attributes[i].Key || !StructurallyEqual(a._attributes[i].Value, b._attributes[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private void Render(StringBuilder builder)
    {
        switch (Kind)
        {
            case TerraformValueKind.Unknown: builder.Append("(unknown)"); break;
            case TerraformValueKind.Null: builder.Append("null"); break;
            case TerraformValueKind.Bool: builder.Append(_bool ? "true" : "false"); break;
            case TerraformValueKind.Number: builder.Append(FormatNumber(_number)); break;
            case TerraformValueKind.String: builder.Append('"').Append(_string!.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"'); break;
            case TerraformValueKind.Tuple:
                builder.Append('[');
                for (var i = 0; i < _items.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    _items[i].Render(builder);
                }

                builder.Append(']');
                break;
            case TerraformValueKind.Object:
                if (_attributes.IsEmpty)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{ ");
                for (var i = 0; i < _attributes.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(_attributes[i].Key).Append(" = ");
                    _attributes[i].Value.Render(builder);
                }

                builder.Append(" }");
                break;
        }
    }

    private InvalidOperationException WrongKind(TerraformValueKind expected) =>
        new($"The value is {Kind}, not {expected}.");
}

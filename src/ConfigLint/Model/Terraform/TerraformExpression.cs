using System.Collections.Immutable;
using System.Text;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// An expression of a Terraform file in either syntax. In native syntax it is the <see cref="HclExpression"/> itself.
/// In JSON syntax a string is a template (<c>"${var.x}-a"</c>), or an expression where Terraform reads one
/// (<c>depends_on</c>, a variable's <c>type</c>); it is parsed with the HCL parser on first use, so
/// <see cref="Syntax"/> is a node of a small private tree whose positions mean nothing: report at
/// <see cref="Location"/>, which is always in the real file. JSON numbers, booleans and null are literals; arrays
/// and objects hold their elements as expressions.
/// </summary>
public sealed class TerraformExpression
{
    private const string MarkerBase = "CONFIGLINT_EOT";

    private readonly HclExpression? _native;
    private readonly TerraformJsonMode _mode;
    private HclExpression? _parsed;
    private int _parseState;
    private ImmutableArray<TerraformExpression> _items;
    private ImmutableArray<KeyValuePair<TerraformJsonMember, TerraformExpression>> _members;

    private TerraformExpression(SyntaxTree tree, Location location, HclExpression? native, TerraformJsonValue? json, TerraformJsonMode mode)
    {
        Tree = tree;
        Location = location;
        _native = native;
        Json = json;
        _mode = mode;
    }

    /// <summary>The file the expression is written in.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>Where the expression is, in its file (for JSON, the whole JSON value).</summary>
    public Location Location { get; }

    /// <summary>The JSON value, for an expression of a <c>.tf.json</c> file; null in native syntax.</summary>
    public TerraformJsonValue? Json { get; }

    /// <summary>True for an expression of a <c>.tf.json</c> file.</summary>
    public bool IsJson => Json is not null;

    /// <summary>
    /// The HCL syntax to evaluate: the native node, or the parse of a JSON string (null for other JSON values and for
    /// a JSON string that does not parse). Positions inside a parsed JSON string are not positions in the file.
    /// </summary>
    public HclExpression? Syntax => _native ?? ParseJson();

    /// <summary>True when <see cref="Syntax"/> is the parse of a JSON string, whose inner positions are not the file's.</summary>
    public bool IsEmbedded => _native is null && Json is { Kind: TerraformJsonValueKind.String };

    /// <summary>
    /// True for a JSON string read as a template: its parse is a heredoc with one line break added at the end, which
    /// the evaluator drops.
    /// </summary>
    public bool IsEmbeddedTemplate => IsEmbedded && _mode == TerraformJsonMode.Template;

    /// <summary>The elements of a JSON array (empty otherwise).</summary>
    public ImmutableArray<TerraformExpression> JsonItems
    {
        get
        {
            if (_items.IsDefault)
            {
                _items = Json is { Kind: TerraformJsonValueKind.Array } array
                    ? [.. array.Items.Select(i => FromJson(Tree, i, _mode))]
                    : [];
            }

            return _items;
        }
    }

    /// <summary>The members of a JSON object, as key and value expression (empty otherwise).</summary>
    public ImmutableArray<KeyValuePair<TerraformJsonMember, TerraformExpression>> JsonMembers
    {
        get
        {
            if (_members.IsDefault)
            {
                _members = Json is { Kind: TerraformJsonValueKind.Object } obj
                    ? [.. obj.Members.Where(m => m.Name != "//").Select(m => KeyValuePair.Create(m, FromJson(Tree, m.Value, _mode)))]
                    : [];
            }

            return _members;
        }
    }

    /// <summary>The expression as written.</summary>
    public string SourceText => Tree.Text.ToString(Location.Span);

    /// <summary>Wraps a native-syntax expression.</summary>
    public static TerraformExpression FromHcl(HclExpression expression) =>
        new(expression.Tree, expression.Location, expression, null, TerraformJsonMode.Template);

    /// <summary>Wraps a JSON value; strings are templates, or expressions when <paramref name="mode"/> says so.</summary>
    public static TerraformExpression FromJson(SyntaxTree tree, TerraformJsonValue value, TerraformJsonMode mode = TerraformJsonMode.Template) =>
        new(tree, tree.GetLocation(value.Span), null, value, mode);

    /// <summary>The value of a string written without interpolation (<c>"abc"</c>, or a JSON string without <c>${</c>).</summary>
    public bool TryGetStaticString(out string value)
    {
        value = string.Empty;
        if (_native is not null)
        {
            return _native.TryGetStaticString(out value);
        }

        if (Json is { Kind: TerraformJsonValueKind.String, StringValue: { } text } && _mode == TerraformJsonMode.Template
            && !text.Contains("${", StringComparison.Ordinal) && !text.Contains("%{", StringComparison.Ordinal))
        {
            value = text;
            return true;
        }

        return false;
    }

    /// <summary>True for the literal <c>null</c>.</summary>
    public bool IsNullLiteral => _native is { Kind: HclSyntaxKind.Literal } literal ? literal.LiteralText == "null" : Json is { Kind: TerraformJsonValueKind.Null };

    /// <summary>
    /// For a bare name or traversal (<c>aws_instance.web</c>, <c>module.vpc</c>, <c>string</c>): its text without
    /// blanks; null for anything else. Used where Terraform reads an address, not a value.
    /// </summary>
    public string? TraversalText
    {
        get
        {
            if (Syntax is not { } syntax || syntax.Kind is not (HclSyntaxKind.Variable or HclSyntaxKind.GetAttribute or HclSyntaxKind.Index or HclSyntaxKind.LegacyIndex))
            {
                return null;
            }

            var builder = new StringBuilder();
            foreach (var token in syntax.DescendantTokens)
            {
                if (!token.IsTrivia)
                {
                    builder.Append(syntax.Tree.GetText(token));
                }
            }

            return builder.ToString();
        }
    }

    /// <inheritdoc />
    public override string ToString() => SourceText;

    private HclExpression? ParseJson()
    {
        if (Json is not { Kind: TerraformJsonValueKind.String, StringValue: { } text })
        {
            return null;
        }

        if (Volatile.Read(ref _parseState) == 0)
        {
            var parsed = Parse(text, _mode);
            Interlocked.CompareExchange(ref _parsed, parsed, null);
            Volatile.Write(ref _parseState, 1);
        }

        return _parsed;
    }

    /// <summary>
    /// Parses a JSON string as HCL: a template becomes a heredoc (no escapes there, as in a JSON template, whose
    /// escapes JSON already decoded) under a marker the text does not contain; an expression is parsed as written.
    /// </summary>
    internal static HclExpression? Parse(string text, TerraformJsonMode mode)
    {
        string source;
        if (mode == TerraformJsonMode.Template)
        {
            var marker = MarkerBase;
            while (text.Contains(marker, StringComparison.Ordinal))
            {
                marker += "X";
            }

            source = $"v = <<{marker}\n{text}\n{marker}\n";
        }
        else
        {
            source = "v = " + text + "\n";
        }

        var tree = HclParser.Parse("(json)", Text.SourceText.From(source));
        return tree.IsValid ? tree.Root.GetAttribute("v")?.Expression : null;
    }
}

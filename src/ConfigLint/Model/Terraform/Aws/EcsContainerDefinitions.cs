using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Model.Terraform.Functions;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Aws;

/// <summary>
/// Reads the containers of an <c>aws_ecs_task_definition</c>. <c>container_definitions</c> is a JSON string, written
/// as <c>jsonencode([...])</c> (directly or through locals), a heredoc, <c>file(...)</c> or <c>templatefile(...)</c>.
/// For <c>jsonencode</c> its argument is evaluated, so an unknown image leaves the ports known, and each value is
/// located at the expression that gives it; a JSON string is evaluated and decoded, and its values are found in the
/// heredoc's text when they are written there. Parts that stay unknown are left out, never guessed.
/// </summary>
public static class EcsContainerDefinitions
{
    /// <summary>The resource type this reads.</summary>
    public const string TaskDefinitionType = "aws_ecs_task_definition";

    private const int MaxLocalHops = 8;

    /// <summary>The containers of <paramref name="task"/> with a known name, or none when they cannot be evaluated.</summary>
    public static ImmutableArray<EcsContainer> Of(TerraformResourceNode task)
    {
        if (task.Type != TaskDefinitionType || task.Module is not { } module || task.GetArgument("container_definitions") is not { } attribute)
        {
            return [];
        }

        var evaluator = module.Evaluator;
        if (Encoded(module, attribute.Expression) is { } encoded)
        {
            var value = evaluator.Evaluate(TerraformExpression.FromHcl(encoded));
            return Read(task, value, Place.ForSyntax(module, encoded));
        }

        var text = evaluator.Evaluate(attribute.Expression);
        if (text.Kind != TerraformValueKind.String)
        {
            return [];
        }

        var decoded = TerraformFunctions.Call("jsondecode", [text]);
        return Read(task, decoded, Place.ForText(attribute, text.Origins));
    }

    // The argument of the jsonencode call that gives the attribute its value, through parentheses and locals.
    private static HclExpression? Encoded(TerraformModule module, TerraformExpression expression)
    {
        if (expression.IsJson || Resolve(module, expression.Syntax) is not { Kind: HclSyntaxKind.FunctionCall } call
            || call.FunctionName != "jsonencode" || call.ExpandsFinalArgument)
        {
            return null;
        }

        var arguments = call.Operands.ToList();
        return arguments.Count == 1 ? arguments[0] : null;
    }

    // Follows parentheses and `local.name` to the expression that is evaluated; null when that leaves native syntax.
    private static HclExpression? Resolve(TerraformModule module, HclExpression? expression)
    {
        for (var hops = 0; expression is not null && hops < MaxLocalHops; hops++)
        {
            switch (expression.Kind)
            {
                case HclSyntaxKind.Parenthesized:
                    expression = expression.First;
                    continue;
                case HclSyntaxKind.GetAttribute when expression.First is { Kind: HclSyntaxKind.Variable } root && root.ToString() == "local"
                    && expression.Name is { } name:
                    if (module.FindLocal(name) is not { Expression: { IsJson: false, Syntax: { } value } })
                    {
                        return null;
                    }

                    expression = value;
                    continue;
                default:
                    return expression;
            }
        }

        return null;
    }

    private static ImmutableArray<EcsContainer> Read(TerraformResourceNode task, TerraformValue definitions, Place place)
    {
        if (definitions.Kind != TerraformValueKind.Tuple)
        {
            return [];
        }

        var containers = ImmutableArray.CreateBuilder<EcsContainer>();
        for (var i = 0; i < definitions.Items.Length; i++)
        {
            var item = definitions.Items[i];
            if (item.Kind != TerraformValueKind.Object || item.GetAttribute("name")?.ToStringValue() is not { } name)
            {
                continue;
            }

            var at = place.Item(i, item);
            var imageValue = item.GetAttribute("image");
            var image = imageValue is { Kind: TerraformValueKind.String } ? imageValue.AsString : null;
            var (imageLocation, imageOrigins) = image is null
                ? (at.Fallback, ImmutableArray<ValueOrigin>.Empty)
                : at.Member("image", imageValue!).Locate(imageValue!, "\"image\"", image);
            containers.Add(new EcsContainer(task, name, image, imageLocation, imageOrigins, PortMappings(item, at), Environment(item, at)));
        }

        return containers.ToImmutable();
    }

    private static ImmutableArray<EcsPortMapping> PortMappings(TerraformValue container, Place place)
    {
        if (container.GetAttribute("portMappings") is not { Kind: TerraformValueKind.Tuple } mappings)
        {
            return [];
        }

        var list = place.Member("portMappings", mappings);
        var ports = ImmutableArray.CreateBuilder<EcsPortMapping>();
        for (var i = 0; i < mappings.Items.Length; i++)
        {
            var mapping = mappings.Items[i];
            if (mapping.GetAttribute("containerPort") is { } port && port.ToStringValue() is { } text
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536)
            {
                var (location, origins) = list.Item(i, mapping).Member("containerPort", port).Locate(port, "\"containerPort\"", text);
                ports.Add(new EcsPortMapping(number, location, origins));
            }
        }

        return ports.ToImmutable();
    }

    private static ImmutableArray<EcsEnvironmentEntry> Environment(TerraformValue container, Place place)
    {
        if (container.GetAttribute("environment") is not { Kind: TerraformValueKind.Tuple } entries)
        {
            return [];
        }

        var list = place.Member("environment", entries);
        var environment = ImmutableArray.CreateBuilder<EcsEnvironmentEntry>();
        for (var i = 0; i < entries.Items.Length; i++)
        {
            var entry = entries.Items[i];
            if (entry.GetAttribute("name")?.ToStringValue() is { } name && entry.GetAttribute("value") is { } value && value.ToStringValue() is { } text)
            {
                var (location, origins) = list.Item(i, entry).Member("value", value).Locate(value, "\"" + name + "\"", text);
                environment.Add(new EcsEnvironmentEntry(name, text, location, origins, value.IsSensitive));
            }
        }

        return environment.ToImmutable();
    }

    /// <summary>
    /// Where a decoded value is written: the expression that gives it while the HCL syntax can be followed (object
    /// and tuple constructors, <c>for</c> expressions, locals), else the nearest enclosing expression; for a JSON
    /// string, the text it is searched in.
    /// </summary>
    private sealed class Place
    {
        private readonly TerraformModule? _module;
        private readonly HclExpression? _syntax;
        private readonly TerraformAttribute? _text;
        private readonly ImmutableArray<ValueOrigin> _inherited;

        private Place(TerraformModule? module, HclExpression? syntax, TerraformAttribute? text, Location fallback, ImmutableArray<ValueOrigin> inherited)
        {
            _module = module;
            _syntax = syntax;
            _text = text;
            Fallback = fallback;
            _inherited = inherited;
        }

        /// <summary>The location of the nearest expression known to give the value.</summary>
        public Location Fallback { get; }

        public static Place ForSyntax(TerraformModule module, HclExpression syntax) => new(module, syntax, null, syntax.Location, []);

        public static Place ForText(TerraformAttribute attribute, ImmutableArray<ValueOrigin> origins) =>
            new(null, null, attribute, attribute.Expression.Location, origins);

        public Place Member(string key, TerraformValue value)
        {
            if (_module is not null && Resolve(_module, _syntax) is { Kind: HclSyntaxKind.Object } constructor)
            {
                foreach (var child in constructor.Children)
                {
                    if (child is HclObjectItem item && item.StaticKey == key)
                    {
                        return new Place(_module, item.Value, null, item.Value.Location, []);
                    }
                }
            }

            return Lost(value);
        }

        public Place Item(int index, TerraformValue value)
        {
            switch (_module is null ? null : Resolve(_module, _syntax))
            {
                case { Kind: HclSyntaxKind.Tuple } tuple:
                    var items = tuple.Operands.ToList();
                    if (index < items.Count)
                    {
                        return new Place(_module, items[index], null, items[index].Location, []);
                    }

                    break;
                case { Kind: HclSyntaxKind.For, IsObjectFor: false, ForValue: { } element }:
                    return new Place(_module, element, null, element.Location, []);
            }

            return Lost(value);
        }

        /// <summary>Where a value is written and the places it came from.</summary>
        public (Location Location, ImmutableArray<ValueOrigin> Origins) Locate(TerraformValue value, string anchor, string written)
        {
            var origins = value.Origins.IsEmpty ? _inherited : value.Origins;
            if (_syntax is not null)
            {
                return (_syntax.Location, origins);
            }

            if (_text is not null && Search(_text, anchor, written) is { } found)
            {
                return (found, origins);
            }

            foreach (var origin in origins)
            {
                if (!origin.Location.IsNone)
                {
                    return (origin.Location, origins);
                }
            }

            return (Fallback, origins);
        }

        // The syntax cannot be followed further (a variable, a function call): later values are located at this one.
        private Place Lost(TerraformValue value) =>
            new(null, null, _text, _syntax?.Location ?? Fallback, value.Origins.IsEmpty ? _inherited : value.Origins);

        // A value in a heredoc's text, written after its key; JSON escapes make some values unfindable, which is fine.
        private static Location? Search(TerraformAttribute attribute, string anchor, string written)
        {
            if (written.Length == 0 || attribute.Expression.IsJson)
            {
                return null;
            }

            var tree = attribute.Expression.Tree;
            var content = tree.Text.Content;
            var span = attribute.Expression.Location.Span;
            var at = span.Start;
            while (at < span.End && (at = content.IndexOf(anchor, at, span.End - at, StringComparison.Ordinal)) >= 0)
            {
                var from = at + anchor.Length;
                var window = Math.Min(written.Length + 24, span.End - from);
                var index = window >= written.Length ? content.IndexOf(written, from, window, StringComparison.Ordinal) : -1;
                if (index >= 0)
                {
                    return tree.GetLocation(new TextSpan(index, written.Length));
                }

                at = from;
            }

            return null;
        }
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using ConfigLint.Model.Terraform.Functions;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>One evaluation over the syntax of a module's expressions, with its <see cref="EvaluationState"/>.</summary>
internal sealed class TerraformExpressionEvaluator(TerraformEvaluator owner, EvaluationState state)
{
    private TerraformModule Module => owner.Module;

    public TerraformValue Evaluate(TerraformExpression expression, TerraformScope scope)
    {
        if (expression.Syntax is { } syntax)
        {
            return expression.IsEmbeddedTemplate && syntax.Kind == HclSyntaxKind.Template
                ? Template(syntax, scope, stripFinalNewline: true)
                : Node(syntax, scope);
        }

        if (expression.Json is not { } json)
        {
            return TerraformValue.UnknownBecause("the expression did not parse");
        }

        switch (json.Kind)
        {
            case Syntax.Json.TerraformJsonValueKind.Null:
                return TerraformValue.Null;
            case Syntax.Json.TerraformJsonValueKind.Boolean:
                return TerraformValue.Bool(json.SourceText == "true");
            case Syntax.Json.TerraformJsonValueKind.Number:
                return TerraformValue.ParseNumber(json.SourceText);
            case Syntax.Json.TerraformJsonValueKind.Array:
                return TerraformValue.Tuple(expression.JsonItems.Select(i => Evaluate(i, scope)));
            case Syntax.Json.TerraformJsonValueKind.Object:
                var members = new List<KeyValuePair<string, TerraformValue>>();
                foreach (var (key, value) in expression.JsonMembers)
                {
                    members.Add(KeyValuePair.Create(key.Name, Evaluate(value, scope)));
                }

                return TerraformValue.Object(members);
            default:
                return TerraformValue.UnknownBecause("the JSON string did not parse as a template");
        }
    }

    // ---- named values -------------------------------------------------------------------------------------------

    public TerraformValue Variable(string name) => owner.Memoized("var." + name, state, () => ComputeVariable(name));

    public TerraformValue Local(string name) => owner.Memoized("local." + name, state, () =>
    {
        if (Module.FindLocal(name) is not { } local)
        {
            return TerraformValue.UnknownBecause($"local.{name} is not declared");
        }

        return Evaluate(local.Expression, TerraformScope.Empty).WithOrigins([new ValueOrigin(local.Attribute.Location, $"local.{name}")]);
    });

    public TerraformValue Output(string name) => owner.Memoized("output." + name, state, () =>
    {
        if (Module.FindOutput(name) is not { Value: { } value })
        {
            return TerraformValue.UnknownBecause($"output \"{name}\" is not declared");
        }

        var origin = new ValueOrigin(value.Location, $"output \"{name}\" of {(Module.Directory.Length == 0 ? "the root module" : Module.Directory)}");
        return Evaluate(value.Expression, TerraformScope.Empty).WithOrigins([origin]);
    });

    private TerraformValue ComputeVariable(string name)
    {
        if (Module.FindVariable(name) is not { } variable)
        {
            return TerraformValue.UnknownBecause($"var.{name} is not declared");
        }

        var given = owner.Call is { } call ? CallInput(call, name) : owner.Module.IsRoot ? RootInput(variable) : MergedInput(name);
        TerraformValue value;
        if (given is null || (given.IsNull && !variable.IsNullable))
        {
            if (variable.Default is not { } defaultValue)
            {
                return given ?? TerraformValue.UnknownBecause($"var.{name} has no default and no value is set here");
            }

            value = Evaluate(defaultValue.Expression, TerraformScope.Isolated)
                .WithOrigins([new ValueOrigin(defaultValue.Location, $"default of variable \"{name}\"")]);
        }
        else
        {
            value = given;
        }

        value = TerraformTypeConversion.Convert(value, variable.TypeConstraint, d => Evaluate(d, TerraformScope.Isolated), $"variable \"{name}\"");
        return variable.IsSensitive ? value.WithSensitive(true) : value;
    }

    // A call's input: the argument evaluated in the caller, in the call's instance.
    private TerraformValue? CallInput(TerraformModuleCallNode call, string name)
    {
        if (call.GetInput(name) is not { } input)
        {
            return null;
        }

        var parent = owner.Parent!;
        var value = new TerraformExpressionEvaluator(parent, state).Evaluate(input.Expression, owner.CallScope);
        return value.WithOrigins([new ValueOrigin(input.Location, $"input \"{name}\" of {call.Address}")]);
    }

    // A module evaluated in its own context but called from elsewhere: known when every caller's instance has the
    // same value (each of them the input passed, or the default).
    private TerraformValue? MergedInput(string name)
    {
        TerraformValue? agreed = null;
        foreach (var call in Module.Callers)
        {
            if (call.Module!.Evaluator.ForCall(call) is not { } instance)
            {
                return TerraformValue.UnknownBecause($"var.{name} comes from module calls too deeply nested to evaluate");
            }

            var value = new TerraformExpressionEvaluator(instance, state).Variable(name);
            if (!value.IsWhollyKnown)
            {
                return value.IsError ? value : TerraformValue.UnknownBecause(value.UnknownReason ?? $"var.{name} is not known for every caller");
            }

            if (agreed is null)
            {
                agreed = value;
            }
            else if (agreed.EqualsValue(value) != true)
            {
                return TerraformValue.UnknownBecause($"var.{name} differs between the calls of {Module.Directory}");
            }
            else
            {
                agreed = agreed.WithOrigins(value.Origins);
            }
        }

        return agreed;
    }

    private TerraformValue? RootInput(TerraformVariableNode variable)
    {
        TerraformValue? value = null;
        foreach (var assignment in Module.VariableValues)
        {
            if (assignment.Name == variable.Name)
            {
                value = Evaluate(assignment.Expression, TerraformScope.Isolated)
                    .WithOrigins([new ValueOrigin(assignment.Attribute.Location, $"value of \"{variable.Name}\" in {assignment.Tree.Path}")]);
            }
        }

        foreach (var (name, text) in Module.Model.Settings.TerraformVariables)
        {
            if (name != variable.Name)
            {
                continue;
            }

            var raw = TerraformValue.String(text);
            if (!variable.TypeConstraint.IsPrimitive && variable.TypeConstraint.Kind != TerraformTypeKind.Any
                && TerraformExpression.Parse(text, TerraformJsonMode.Expression) is { } parsed)
            {
                raw = Node(parsed, TerraformScope.Isolated);
            }

            value = raw.WithOrigins([new ValueOrigin(Location.None, $"--var {name}=… on the command line")]);
        }

        return value;
    }

    public ImmutableArray<TerraformScope>? Instances(TerraformBlockNode node, TerraformScope scope)
    {
        var count = node.GetArgument("count");
        var forEach = node.GetArgument("for_each");
        if (count is null && forEach is null)
        {
            return [TerraformScope.Empty];
        }

        // Instances of a node are evaluated in the module's context, not the caller's element.
        if (count is not null)
        {
            var value = Evaluate(count.Expression, TerraformScope.Empty);
            if (value.Kind != TerraformValueKind.Number || value.AsNumber < 0 || value.AsNumber > owner.MaxInstanceCount || value.AsNumber != decimal.Truncate(value.AsNumber))
            {
                return null;
            }

            var builder = ImmutableArray.CreateBuilder<TerraformScope>((int)value.AsNumber);
            for (var i = 0; i < (int)value.AsNumber; i++)
            {
                builder.Add(TerraformScope.Empty.WithCountIndex(i));
            }

            return builder.MoveToImmutable();
        }

        return ForEachScopes(Evaluate(forEach!.Expression, TerraformScope.Empty), TerraformScope.Empty, null);
    }

    public ImmutableArray<TerraformScope>? ExpandDynamic(TerraformBlock dynamic, TerraformScope scope)
    {
        if (dynamic.Body.GetAttribute("for_each") is not { } forEach)
        {
            return null;
        }

        var iterator = IteratorName(dynamic);
        return iterator is null ? null : ForEachScopes(Evaluate(forEach.Expression, scope), scope, iterator);
    }

    /// <summary>The iterator of a <c>dynamic</c> block: its <c>iterator</c> argument, or its label.</summary>
    public static string? IteratorName(TerraformBlock dynamic) =>
        dynamic.Body.GetAttribute("iterator")?.Expression.TraversalText ?? dynamic.Label(0);

    private ImmutableArray<TerraformScope>? ForEachScopes(TerraformValue collection, TerraformScope scope, string? iterator)
    {
        if (!collection.IsWhollyKnown)
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<TerraformScope>();
        void Add(TerraformValue key, TerraformValue value)
        {
            builder.Add(iterator is null
                ? scope.WithEach(key.ToStringValue() ?? string.Empty, value)
                : scope.WithSymbol(iterator, TerraformValue.Object([KeyValuePair.Create("key", key), KeyValuePair.Create("value", value)])));
        }

        switch (collection.Kind)
        {
            case TerraformValueKind.Object:
                foreach (var (key, value) in collection.Attributes)
                {
                    Add(TerraformValue.String(key), value.WithOrigins(collection.Origins));
                }

                break;
            case TerraformValueKind.Tuple:
                // A set of strings for resources; a dynamic block also takes a list, whose keys are the indexes.
                for (var i = 0; i < collection.Items.Length; i++)
                {
                    var item = collection.Items[i].WithOrigins(collection.Origins);
                    if (iterator is null && item.Kind != TerraformValueKind.String)
                    {
                        return null;
                    }

                    Add(iterator is null ? item : TerraformValue.Number(i), item);
                }

                break;
            default:
                return null;
        }

        return builder.Count > owner.MaxInstanceCount ? null : builder.ToImmutable();
    }

    // ---- expressions -------------------------------------------------------------------------------------------

    public TerraformValue Node(HclExpression node, TerraformScope scope)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return TerraformValue.UnknownBecause("the expression is too deeply nested to evaluate");
        }

        switch (node.Kind)
        {
            case HclSyntaxKind.Literal:
                return node.LiteralText switch
                {
                    "true" => TerraformValue.True,
                    "false" => TerraformValue.False,
                    "null" => TerraformValue.Null,
                    var number => TerraformValue.ParseNumber(number!),
                };
            case HclSyntaxKind.Template:
                return Template(node, scope, stripFinalNewline: false);
            case HclSyntaxKind.Parenthesized:
                return node.First is { } inner ? Node(inner, scope) : TerraformValue.Unknown;
            case HclSyntaxKind.Variable or HclSyntaxKind.GetAttribute or HclSyntaxKind.Index or HclSyntaxKind.LegacyIndex
                or HclSyntaxKind.FullSplat or HclSyntaxKind.AttributeSplat:
                return Traversal(node, scope);
            case HclSyntaxKind.FunctionCall:
                return Call(node, scope);
            case HclSyntaxKind.Tuple:
                return TerraformValue.Tuple(node.Operands.Select(o => Node(o, scope)));
            case HclSyntaxKind.Object:
                return ObjectConstructor(node, scope);
            case HclSyntaxKind.For:
                return For(node, scope);
            case HclSyntaxKind.Conditional:
                return Conditional(node, scope);
            case HclSyntaxKind.Binary:
                var operands = node.Operands.ToList();
                return operands.Count == 2
                    ? TerraformOperators.Binary(node.Operator, Node(operands[0], scope), Node(operands[1], scope))
                    : TerraformValue.Unknown;
            case HclSyntaxKind.Unary:
                return node.First is { } operand ? TerraformOperators.Unary(node.Operator, Node(operand, scope)) : TerraformValue.Unknown;
            default:
                return TerraformValue.UnknownBecause("the expression did not parse");
        }
    }

    private TerraformValue Conditional(HclExpression node, TerraformScope scope)
    {
        var parts = node.Operands.ToList();
        if (parts.Count != 3)
        {
            return TerraformValue.Unknown;
        }

        var condition = Node(parts[0], scope);
        if (condition.IsError || !condition.IsKnown)
        {
            return condition.IsError ? condition : TerraformValue.UnknownBecause(condition.UnknownReason ?? "the condition is unknown");
        }

        if (TerraformOperators.ToBool(condition) is not { } flag)
        {
            return TerraformValue.Error("Invalid condition: a bool is required.");
        }

        var result = Node(parts[flag ? 1 : 2], scope);
        return result.WithOrigins(condition.Origins).WithSensitive(result.IsSensitive || condition.IsSensitive);
    }

    private TerraformValue ObjectConstructor(HclExpression node, TerraformScope scope)
    {
        var attributes = new List<KeyValuePair<string, TerraformValue>>();
        foreach (var item in node.Children.OfType<HclObjectItem>())
        {
            string key;
            if (item.StaticKey is { } staticKey)
            {
                key = staticKey;
            }
            else
            {
                var keyValue = Node(item.Key, scope);
                if (!keyValue.IsKnown)
                {
                    return keyValue.IsError ? keyValue : TerraformValue.UnknownBecause(keyValue.UnknownReason ?? "an object key is unknown");
                }

                if (keyValue.ToStringValue() is not { } text)
                {
                    return TerraformValue.Error("Incorrect key type: a string is required.");
                }

                key = text;
            }

            attributes.Add(KeyValuePair.Create(key, Node(item.Value, scope)));
        }

        return TerraformValue.Object(attributes);
    }

    private TerraformValue For(HclExpression node, TerraformScope scope)
    {
        var collection = node.First is { } first ? Node(first, scope) : TerraformValue.Unknown;
        if (!collection.IsKnown || collection.IsError)
        {
            return collection.IsError ? collection : TerraformValue.UnknownBecause(collection.UnknownReason ?? "the collection is unknown");
        }

        if (collection.Kind == TerraformValueKind.Null)
        {
            return TerraformValue.Error("Iteration over null value.");
        }

        if (Elements(collection) is not { } elements)
        {
            return TerraformValue.Error("Iteration over non-iterable value.");
        }

        var keyName = node.KeyVariable;
        var valueName = node.ValueVariable;
        var items = new List<TerraformValue>();
        var grouped = new SortedDictionary<string, List<TerraformValue>>(StringComparer.Ordinal);
        var attributes = new List<KeyValuePair<string, TerraformValue>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in elements)
        {
            if (state.CountIteration())
            {
                return TerraformValue.UnknownBecause(ValueLimits.TooLarge);
            }

            var inner = Bind(scope, keyName, key, valueName, value);
            if (node.ForCondition is { } condition)
            {
                var keep = Node(condition, inner);
                if (!keep.IsKnown)
                {
                    return keep.IsError ? keep : TerraformValue.UnknownBecause(keep.UnknownReason ?? "a for condition is unknown");
                }

                if (TerraformOperators.ToBool(keep) is not { } flag)
                {
                    return TerraformValue.Error("Invalid for condition: a bool is required.");
                }

                if (!flag)
                {
                    continue;
                }
            }

            var result = node.ForValue is { } valueExpression ? Node(valueExpression, inner) : TerraformValue.Unknown;
            if (!node.IsObjectFor)
            {
                items.Add(result);
                continue;
            }

            var keyResult = node.ForKey is { } keyExpression ? Node(keyExpression, inner) : TerraformValue.Unknown;
            if (!keyResult.IsKnown)
            {
                return keyResult.IsError ? keyResult : TerraformValue.UnknownBecause(keyResult.UnknownReason ?? "a for key is unknown");
            }

            if (keyResult.ToStringValue() is not { } keyText)
            {
                return TerraformValue.Error("Invalid object key: a string is required.");
            }

            if (node.IsGrouped)
            {
                if (!grouped.TryGetValue(keyText, out var group))
                {
                    grouped[keyText] = group = [];
                }

                group.Add(result);
            }
            else if (!seen.Add(keyText))
            {
                return TerraformValue.Error($"Duplicate object key \"{keyText}\"; use the ellipsis (...) to group values by key.");
            }
            else
            {
                attributes.Add(KeyValuePair.Create(keyText, result));
            }
        }

        if (!node.IsObjectFor)
        {
            return items.Count > ValueLimits.MaxElements ? TerraformValue.UnknownBecause(ValueLimits.TooLarge) : TerraformValue.Tuple(items);
        }

        return node.IsGrouped
            ? TerraformValue.Object(grouped.Select(g => KeyValuePair.Create(g.Key, TerraformValue.Tuple(g.Value))))
            : TerraformValue.Object(attributes);
    }

    private TerraformValue Template(HclExpression node, TerraformScope scope, bool stripFinalNewline)
    {
        var parts = node.TemplateParts.ToList();
        if (stripFinalNewline && parts.Count > 0 && parts[^1] is { IsLiteral: true, Literal: { } last } && last.EndsWith('\n'))
        {
            var trimmed = last[..^1];
            if (trimmed.Length == 0 && parts.Count > 1)
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts[^1] = new HclTemplatePart(trimmed, null);
            }
        }

        // "${x}" alone is x itself, not its string form.
        if ((node.IsPassthrough || stripFinalNewline) && parts.Count == 1 && parts[0].Node is { Kind: HclSyntaxKind.Interpolation } only && only.First is { } inner)
        {
            return Node(inner, scope);
        }

        var render = new TemplateRender();
        RenderParts(parts, 0, parts.Count, scope, render);
        if (render.Error is { } error)
        {
            return error;
        }

        var value = render.Unknown is { } reason ? TerraformValue.UnknownBecause(reason)
            : render.Text.Length > ValueLimits.MaxStringLength ? TerraformValue.UnknownBecause(ValueLimits.TooLarge)
            : TerraformValue.String(render.Text.ToString());
        return value.WithOrigins(render.Origins.ToImmutable()).WithSensitive(render.Sensitive);
    }

    private void RenderParts(List<HclTemplatePart> parts, int start, int end, TerraformScope scope, TemplateRender render)
    {
        for (var i = start; i < end && render.Error is null; i++)
        {
            var part = parts[i];
            if (part.IsLiteral)
            {
                render.Text.Append(part.Literal);
                continue;
            }

            var node = part.Node!;
            switch (node.Kind)
            {
                case HclSyntaxKind.Interpolation:
                    var value = node.First is { } inner ? Node(inner, scope) : TerraformValue.Unknown;
                    render.Add(value);
                    if (value.IsKnown && !value.IsError && value.ToStringValue() is { } text)
                    {
                        if (render.Text.Length + text.Length > ValueLimits.MaxStringLength)
                        {
                            render.Error = TerraformValue.UnknownBecause(ValueLimits.TooLarge);
                            break;
                        }

                        render.Text.Append(text);
                    }
                    else if (value.IsKnown && !value.IsError)
                    {
                        render.Error = TerraformValue.Error(value.IsNull
                            ? "Invalid template interpolation value: the expression result is null."
                            : "Invalid template interpolation value: cannot include a collection in a string template.");
                    }

                    break;
                case HclSyntaxKind.IfDirective:
                    var (elseIndex, endIf) = MatchIf(parts, i, end);
                    var condition = node.First is { } test ? Node(test, scope) : TerraformValue.Unknown;
                    render.Add(condition);
                    if (condition.IsKnown && !condition.IsError)
                    {
                        if (TerraformOperators.ToBool(condition) is not { } flag)
                        {
                            render.Error = TerraformValue.Error("Invalid template if condition: a bool is required.");
                            break;
                        }

                        if (flag)
                        {
                            RenderParts(parts, i + 1, elseIndex ?? endIf, scope, render);
                        }
                        else if (elseIndex is { } e)
                        {
                            RenderParts(parts, e + 1, endIf, scope, render);
                        }
                    }

                    i = endIf;
                    break;
                case HclSyntaxKind.ForDirective:
                    var endFor = MatchFor(parts, i, end);
                    var collection = node.First is { } source ? Node(source, scope) : TerraformValue.Unknown;
                    render.Add(collection);
                    if (collection.IsKnown && !collection.IsError)
                    {
                        RenderFor(node, collection, parts, i + 1, endFor, scope, render);
                    }

                    i = endFor;
                    break;
            }
        }
    }

    private void RenderFor(HclExpression directive, TerraformValue collection, List<HclTemplatePart> parts, int start, int end, TerraformScope scope, TemplateRender render)
    {
        if (Elements(collection) is not { } elements)
        {
            render.Error = TerraformValue.Error("Invalid template for directive: the collection is not iterable.");
            return;
        }

        foreach (var (key, value) in elements)
        {
            if (state.CountIteration() || render.Text.Length > ValueLimits.MaxStringLength)
            {
                render.Error = TerraformValue.UnknownBecause(ValueLimits.TooLarge);
                return;
            }

            RenderParts(parts, start, end, Bind(scope, directive.KeyVariable, key, directive.ValueVariable, value), render);
        }
    }

    // The key and value of each element: the index of a tuple element, the name of an object attribute.
    private static List<(TerraformValue Key, TerraformValue Value)>? Elements(TerraformValue collection)
    {
        var elements = new List<(TerraformValue Key, TerraformValue Value)>();
        switch (collection.Kind)
        {
            case TerraformValueKind.Tuple:
                for (var i = 0; i < collection.Items.Length; i++)
                {
                    elements.Add((TerraformValue.Number(i), collection.Items[i].WithOrigins(collection.Origins)));
                }

                return elements;
            case TerraformValueKind.Object:
                foreach (var (key, value) in collection.Attributes)
                {
                    elements.Add((TerraformValue.String(key), value.WithOrigins(collection.Origins)));
                }

                return elements;
            default:
                return null;
        }
    }

    private static TerraformScope Bind(TerraformScope scope, string? keyName, TerraformValue key, string? valueName, TerraformValue value)
    {
        var inner = keyName is null ? scope : scope.WithSymbol(keyName, key);
        return valueName is null ? inner : inner.WithSymbol(valueName, value);
    }

    private static (int? Else, int EndIf) MatchIf(List<HclTemplatePart> parts, int start, int end)
    {
        var depth = 0;
        int? elseIndex = null;
        for (var i = start + 1; i < end; i++)
        {
            switch (parts[i].Node?.Kind)
            {
                case HclSyntaxKind.IfDirective or HclSyntaxKind.ForDirective:
                    depth++;
                    break;
                case HclSyntaxKind.EndForDirective:
                    depth--;
                    break;
                case HclSyntaxKind.ElseDirective when depth == 0:
                    elseIndex = i;
                    break;
                case HclSyntaxKind.EndIfDirective:
                    if (depth == 0)
                    {
                        return (elseIndex, i);
                    }

                    depth--;
                    break;
            }
        }

        return (elseIndex, end);
    }

    private static int MatchFor(List<HclTemplatePart> parts, int start, int end)
    {
        var depth = 0;
        for (var i = start + 1; i < end; i++)
        {
            switch (parts[i].Node?.Kind)
            {
                case HclSyntaxKind.IfDirective or HclSyntaxKind.ForDirective:
                    depth++;
                    break;
                case HclSyntaxKind.EndIfDirective:
                    depth--;
                    break;
                case HclSyntaxKind.EndForDirective:
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    break;
            }
        }

        return end;
    }

    // ---- function calls ----------------------------------------------------------------------------------------

    private TerraformValue Call(HclExpression node, TerraformScope scope)
    {
        var name = node.FunctionName ?? string.Empty;
        var arguments = node.Operands.ToList();
        switch (name)
        {
            case "try":
                TerraformValue? lastError = null;
                foreach (var argument in arguments)
                {
                    var value = Node(argument, scope);
                    if (!value.IsError)
                    {
                        return value;
                    }

                    lastError = value;
                }

                return TerraformValue.Error("Call to function \"try\" failed: no expression succeeded." + (lastError?.UnknownReason is { } why ? " " + why : string.Empty));
            case "can" when arguments.Count == 1:
                var tried = Node(arguments[0], scope);
                return tried.IsError ? TerraformValue.False : tried.IsWhollyKnown ? TerraformValue.True : TerraformValue.UnknownBecause(tried.UnknownReason ?? "the argument is unknown");
        }

        if (name.Contains("::", StringComparison.Ordinal))
        {
            return TerraformValue.UnknownBecause($"{name}() is a provider function, not evaluated by ConfigLint");
        }

        var values = new List<TerraformValue>(arguments.Count);
        foreach (var argument in arguments)
        {
            values.Add(Node(argument, scope));
        }

        if (node.ExpandsFinalArgument && values.Count > 0)
        {
            var last = values[^1];
            if (!last.IsKnown)
            {
                return last.IsError ? last : TerraformValue.UnknownBecause(last.UnknownReason ?? "the expanded argument is unknown");
            }

            if (last.Kind != TerraformValueKind.Tuple)
            {
                return TerraformValue.Error("Invalid expanding argument value: the last argument must be a list, set or tuple.");
            }

            values.RemoveAt(values.Count - 1);
            values.AddRange(last.Items);
        }

        return name switch
        {
            "file" or "fileexists" or "templatefile" or "filebase64" => FileFunction(name, values, scope),
            _ => TerraformFunctions.Call(name, values),
        };
    }

    private TerraformValue FileFunction(string name, List<TerraformValue> values, TerraformScope scope)
    {
        var expected = name == "templatefile" ? 2 : 1;
        if (values.Count != expected)
        {
            return TerraformValue.Error($"Function \"{name}\" expects {expected} argument(s), not {values.Count}.");
        }

        foreach (var value in values)
        {
            if (!value.IsWhollyKnown)
            {
                return value.IsError ? value : TerraformValue.UnknownBecause(value.UnknownReason ?? "an argument is unknown");
            }
        }

        if (values[0].ToStringValue() is not { } path)
        {
            return TerraformValue.Error($"Invalid value for \"path\" parameter of {name}: a string is required.");
        }

        if (owner.RootDirectory is not { } root || TerraformWorkspaceFiles.Resolve(root, path) is not { } relative)
        {
            return TerraformValue.UnknownBecause($"{name}(\"{path}\") reads a file outside what ConfigLint can see");
        }

        var files = owner.Model.Files;
        if (name == "fileexists")
        {
            return TerraformValue.Bool(files.Exists(relative)).WithOrigins(values[0].Origins);
        }

        if (files.ReadText(relative) is not { } text)
        {
            return files.Exists(relative)
                ? TerraformValue.UnknownBecause($"{relative} is too large or not text")
                : TerraformValue.Error($"Invalid value for \"path\" parameter: no file exists at \"{path}\".");
        }

        switch (name)
        {
            case "file":
                // No origin: the file is usually not one ConfigLint parses, and findings may only point into those.
                return TerraformValue.String(text).WithOrigins(values[0].Origins);
            case "filebase64":
                return TerraformValue.String(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
        }

        if (values[1].Kind != TerraformValueKind.Object)
        {
            return TerraformValue.Error("Invalid value for \"vars\" parameter of templatefile: an object is required.");
        }

        if (TerraformExpression.Parse(text, TerraformJsonMode.Template) is not { } template)
        {
            return TerraformValue.Error($"Error in function call: {relative} is not a valid template.");
        }

        var templateScope = TerraformScope.Isolated;
        foreach (var (key, value) in values[1].Attributes)
        {
            templateScope = templateScope.WithSymbol(key, value);
        }

        return Template(template, templateScope, stripFinalNewline: true);
    }

    // ---- references --------------------------------------------------------------------------------------------

    private TerraformValue Traversal(HclExpression node, TerraformScope scope)
    {
        var root = node;
        while (root.Kind is HclSyntaxKind.GetAttribute or HclSyntaxKind.Index or HclSyntaxKind.LegacyIndex or HclSyntaxKind.FullSplat or HclSyntaxKind.AttributeSplat
            && root.Children.Length > 0)
        {
            root = (HclExpression)root.Children[0];
        }

        if (root.Kind != HclSyntaxKind.Variable)
        {
            // A traversal of some other value: (expression).attribute, f(x)[0].
            var source = Node(root, scope);
            return ApplySteps(source, StepsFrom(root, node), 0, scope);
        }

        var steps = StepsFrom(root, node);
        var name = root.Name!;
        if (scope.Symbols.TryGetValue(name, out var symbol))
        {
            return ApplySteps(symbol, steps, 0, scope);
        }

        if (scope.IsIsolated)
        {
            return TerraformValue.Error($"Variables not allowed: \"{name}\" cannot be referred to here.");
        }

        string? Attribute(int index) => index < steps.Count && steps[index].Kind == TraversalStepKind.Attribute ? steps[index].Name : null;

        switch (name)
        {
            case "var" when Attribute(0) is { } variable:
                return ApplySteps(Variable(variable), steps, 1, scope);
            case "local" when Attribute(0) is { } local:
                return ApplySteps(Local(local), steps, 1, scope);
            case "count" when Attribute(0) == "index":
                return ApplySteps(scope.CountIndex ?? TerraformValue.UnknownBecause("count.index is known per instance"), steps, 1, scope);
            case "each" when Attribute(0) is "key" or "value":
                var each = Attribute(0) == "key" ? scope.EachKey : scope.EachValue;
                return ApplySteps(each ?? TerraformValue.UnknownBecause($"each.{Attribute(0)} is known per instance"), steps, 1, scope);
            case "path" when Attribute(0) is "module" or "root":
                var path = Attribute(0) == "module" ? owner.PathModule : owner.RootDirectory is null ? null : ".";
                return ApplySteps(path is null ? TerraformValue.UnknownBecause("the root module is not known here") : TerraformValue.String(path), steps, 1, scope);
            case "path" or "terraform" or "self" or "count" or "each":
                return TerraformValue.UnknownBecause($"{name}.{Attribute(0)} is not known before apply");
            case "module" when Attribute(0) is { } call:
                return ModuleReference(call, steps, scope);
            case "data" or "ephemeral" or "resource" when Attribute(0) is { } type && Attribute(1) is { } resourceName:
                var mode = name switch { "data" => TerraformResourceMode.Data, "ephemeral" => TerraformResourceMode.Ephemeral, _ => TerraformResourceMode.Managed };
                return ResourceReference(Module.FindResource(mode, type, resourceName), steps, 2, scope);
            default:
                return Attribute(0) is { } managed
                    ? ResourceReference(Module.FindResource(TerraformResourceMode.Managed, name, managed), steps, 1, scope)
                    : TerraformValue.UnknownBecause($"\"{name}\" is not a reference ConfigLint can evaluate");
        }
    }

    private TerraformValue ModuleReference(string callName, List<TraversalStep> steps, TerraformScope scope)
    {
        if (Module.FindModuleCall(callName) is not { } call)
        {
            return TerraformValue.UnknownBecause($"module.{callName} is not declared");
        }

        var next = 1;
        TerraformScope? instance = TerraformScope.Empty;
        if (call.Count is not null || call.ForEach is not null)
        {
            if (next >= steps.Count || steps[next].Kind != TraversalStepKind.Index)
            {
                return TerraformValue.UnknownBecause($"module.{callName} has several instances");
            }

            instance = InstanceFor(call, steps[next], scope);
            next++;
        }

        if (next >= steps.Count || steps[next].Kind != TraversalStepKind.Attribute || instance is null)
        {
            return TerraformValue.UnknownBecause($"module.{callName} is not evaluated as a whole");
        }

        if (owner.ForCall(call, instance) is not { } child)
        {
            return TerraformValue.UnknownBecause($"the outputs of module.{callName} ({call.Source}) are not known to ConfigLint");
        }

        var output = new TerraformExpressionEvaluator(child, state).Output(steps[next].Name!);
        return ApplySteps(output, steps, next + 1, scope);
    }

    private TerraformValue ResourceReference(TerraformResourceNode? resource, List<TraversalStep> steps, int next, TerraformScope scope)
    {
        if (resource is null)
        {
            return TerraformValue.UnknownBecause("the resource is not declared");
        }

        var counted = resource.Count is not null || resource.ForEach is not null;
        if (counted && next < steps.Count && steps[next].Kind == TraversalStepKind.Splat && resource.Count is not null)
        {
            // aws_x.y[*].attr: one value per instance.
            if (Instances(resource, scope) is not { } all)
            {
                return TerraformValue.UnknownBecause($"the instances of {resource.Address} are not known");
            }

            return TerraformValue.Tuple(all.Select(i => AttributeOf(resource, i, steps, next + 1, scope)));
        }

        TerraformScope? instance = TerraformScope.Empty;
        if (counted)
        {
            if (next >= steps.Count || steps[next].Kind != TraversalStepKind.Index)
            {
                return TerraformValue.UnknownBecause($"{resource.Address} has several instances");
            }

            instance = InstanceFor(resource, steps[next], scope);
            next++;
        }

        return instance is null
            ? TerraformValue.UnknownBecause($"the instance of {resource.Address} is not known")
            : AttributeOf(resource, instance, steps, next, scope);
    }

    private TerraformValue AttributeOf(TerraformResourceNode resource, TerraformScope instance, List<TraversalStep> steps, int next, TerraformScope scope)
    {
        if (next >= steps.Count || steps[next].Kind != TraversalStepKind.Attribute)
        {
            return TerraformValue.UnknownBecause($"{resource.Address} is not evaluated as a whole");
        }

        var attribute = steps[next].Name!;
        var key = $"{resource.Address}{instance.InstanceKey}.{attribute}";
        var value = owner.Memoized(key, state, () =>
        {
            if (TerraformResourceNode.IsMetaArgument(attribute) || resource.GetArgument(attribute) is not { } argument)
            {
                return TerraformValue.UnknownBecause($"{resource.Address}.{attribute} is known only after apply");
            }

            return Evaluate(argument.Expression, instance).WithOrigins([new ValueOrigin(argument.Location, $"{attribute} of {resource.Address}")]);
        });
        return ApplySteps(value, steps, next + 1, scope);
    }

    private TerraformScope? InstanceFor(TerraformBlockNode node, TraversalStep step, TerraformScope scope)
    {
        var key = step.Key is { } expression ? Node(expression, scope) : step.Name is { } legacy ? TerraformValue.ParseNumber(legacy) : TerraformValue.Unknown;
        if (!key.IsKnown || Instances(node, TerraformScope.Empty) is not { } instances)
        {
            return null;
        }

        foreach (var instance in instances)
        {
            if ((instance.CountIndex is { } index && key.Kind == TerraformValueKind.Number && index.AsNumber == key.AsNumber)
                || (instance.EachKey is { } eachKey && key.ToStringValue() == eachKey.AsString))
            {
                return instance;
            }
        }

        return null;
    }

    private static List<TraversalStep> StepsFrom(HclExpression root, HclExpression end)
    {
        var all = TerraformTraversal.Read(root).Steps;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Node.Index == end.Index)
            {
                if (all[i].Kind == TraversalStepKind.Splat)
                {
                    return all;
                }

                all.RemoveRange(i + 1, all.Count - i - 1);
                return all;
            }
        }

        return all;
    }

    private TerraformValue ApplySteps(TerraformValue value, List<TraversalStep> steps, int start, TerraformScope scope)
    {
        for (var i = start; i < steps.Count; i++)
        {
            if (value.IsError || !value.IsKnown)
            {
                return value;
            }

            var step = steps[i];
            switch (step.Kind)
            {
                case TraversalStepKind.Attribute:
                    value = GetAttribute(value, step.Name!);
                    break;
                case TraversalStepKind.Index:
                    var key = step.Key is { } expression ? Node(expression, scope) : TerraformValue.ParseNumber(step.Name ?? "0");
                    value = Index(value, key);
                    break;
                case TraversalStepKind.Splat:
                    var source = value;
                    var elements = source.Kind switch
                    {
                        TerraformValueKind.Null => [],
                        TerraformValueKind.Tuple => source.Items,
                        _ => ImmutableArray.Create(source),
                    };
                    return TerraformValue.Tuple(elements.Select(e => ApplySteps(e.WithOrigins(source.Origins), steps, i + 1, scope))).WithOrigins(source.Origins);
            }
        }

        return value;
    }

    private static TerraformValue GetAttribute(TerraformValue value, string name)
    {
        if (value.Kind == TerraformValueKind.Object)
        {
            return value.GetAttribute(name) is { } attribute
                ? attribute.WithOrigins(value.Origins).WithSensitive(attribute.IsSensitive || value.IsSensitive)
                : TerraformValue.Error($"Unsupported attribute: this object does not have an attribute named \"{name}\".");
        }

        return TerraformValue.Error(value.IsNull
            ? $"Attempt to get attribute \"{name}\" from null value."
            : $"Unsupported attribute: can't access attribute \"{name}\" on a {value.Kind.ToString().ToLowerInvariant()} value.");
    }

    private static TerraformValue Index(TerraformValue value, TerraformValue key)
    {
        if (!key.IsKnown)
        {
            return key.IsError ? key : TerraformValue.UnknownBecause(key.UnknownReason ?? "the index is unknown");
        }

        TerraformValue? result = null;
        switch (value.Kind)
        {
            case TerraformValueKind.Tuple:
                if (TerraformOperators.ToNumber(key) is not { } number || number != decimal.Truncate(number))
                {
                    return TerraformValue.Error("Invalid index: a whole number is required.");
                }

                if (number < 0 || number >= value.Items.Length)
                {
                    return TerraformValue.Error($"Invalid index: the given index {TerraformValue.FormatNumber(number)} is out of range for a collection of {value.Items.Length} elements.");
                }

                result = value.Items[(int)number];
                break;
            case TerraformValueKind.Object:
                if (key.ToStringValue() is not { } name)
                {
                    return TerraformValue.Error("Invalid index: a string is required.");
                }

                result = value.GetAttribute(name);
                if (result is null)
                {
                    return TerraformValue.Error($"Invalid index: the given key \"{name}\" does not identify an element in this collection value.");
                }

                break;
            case TerraformValueKind.Null:
                return TerraformValue.Error("Attempt to index null value.");
            default:
                return TerraformValue.Error("Invalid index: this value does not have any indices.");
        }

        return result.WithOrigins(value.Origins).WithSensitive(result.IsSensitive || value.IsSensitive);
    }

    private sealed class TemplateRender
    {
        public StringBuilder Text { get; } = new();

        public ImmutableArray<ValueOrigin>.Builder Origins { get; } = ImmutableArray.CreateBuilder<ValueOrigin>();

        public bool Sensitive { get; set; }

        public string? Unknown { get; set; }

        public TerraformValue? Error { get; set; }

        public void Add(TerraformValue value)
        {
            if (value.IsError)
            {
                Error ??= value;
                return;
            }

            if (!value.IsKnown)
            {
                Unknown ??= value.UnknownReason ?? "part of the template is unknown";
            }

            Sensitive |= value.IsSensitive;
            foreach (var origin in value.Origins)
            {
                if (!Origins.Contains(origin))
                {
                    Origins.Add(origin);
                }
            }
        }
    }
}

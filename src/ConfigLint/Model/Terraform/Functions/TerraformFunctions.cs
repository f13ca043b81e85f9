using System.Collections.Frozen;
using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// Terraform's built-in functions that can be computed before apply, by name. A call with an unknown argument is
/// unknown; a call Terraform would reject is an error value carrying Terraform's message; the result is sensitive
/// when an argument is, and remembers the arguments' origins. <c>try</c> and <c>can</c> need unevaluated arguments
/// and live in the evaluator.
/// </summary>
public static class TerraformFunctions
{
    private static readonly FrozenDictionary<string, TerraformFunction> Table = Build();

    /// <summary>Every function ConfigLint knows, pure or not.</summary>
    public static IEnumerable<TerraformFunction> All => Table.Values;

    /// <summary>The function named <paramref name="name"/>, or null.</summary>
    public static TerraformFunction? Find(string name) => Table.GetValueOrDefault(name);

    /// <summary>Calls a function.</summary>
    public static TerraformValue Call(string name, IReadOnlyList<TerraformValue> arguments)
    {
        if (Table.GetValueOrDefault(name) is not { } function)
        {
            return TerraformValue.UnknownBecause($"the function \"{name}\" is not evaluated by ConfigLint");
        }

        if (arguments.Count < function.MinArity || function.MaxArity >= 0 && arguments.Count > function.MaxArity)
        {
            var expected = function.MinArity == function.MaxArity
                ? $"{function.MinArity}"
                : function.MaxArity < 0 ? $"at least {function.MinArity}" : $"{function.MinArity} to {function.MaxArity}";
            return TerraformValue.Error($"Function \"{name}\" expects {expected} argument(s), not {arguments.Count}.");
        }

        if (function.Body is null)
        {
            return TerraformValue.UnknownBecause($"{name}() is known only during apply");
        }

        var sensitive = false;
        var origins = ImmutableArray<ValueOrigin>.Empty;
        foreach (var argument in arguments)
        {
            if (!argument.IsWhollyKnown)
            {
                return argument.IsError ? argument : TerraformValue.UnknownBecause(argument.UnknownReason ?? "an argument is unknown");
            }

            sensitive |= argument.IsSensitive;
            origins = origins.AddRange(argument.Origins.Except(origins));
        }

        TerraformValue result;
        try
        {
            result = function.Body(new FunctionArguments(name, arguments));
        }
        catch (ResultTooLargeException)
        {
            return TerraformValue.UnknownBecause(ValueLimits.TooLarge);
        }
        catch (FunctionArgumentException exception)
        {
            return TerraformValue.Error(exception.Message);
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentException or FormatException or DivideByZeroException)
        {
            return TerraformValue.Error($"Call to function \"{name}\" failed: {exception.Message}");
        }

        return ValueLimits.IsTooLarge(result)
            ? TerraformValue.UnknownBecause(ValueLimits.TooLarge)
            : result.WithOrigins(origins).WithSensitive(sensitive || result.IsSensitive);
    }

    private static FrozenDictionary<string, TerraformFunction> Build()
    {
        var table = new Dictionary<string, TerraformFunction>(StringComparer.Ordinal);
        FunctionRegistrar add = (name, min, max, body) => table.Add(name, new TerraformFunction(name, min, max, body));

        StringFunctions.Register(add);
        NumericFunctions.Register(add);
        CollectionFunctions.Register(add);
        EncodingFunctions.Register(add);
        HashFunctions.Register(add);
        NetworkFunctions.Register(add);
        ConversionFunctions.Register(add);
        FilesystemFunctions.Register(add);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

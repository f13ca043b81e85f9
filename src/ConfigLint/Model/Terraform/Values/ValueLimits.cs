namespace ConfigLint.Model.Terraform.Values;

/// <summary>
/// Bounds on what one evaluation may build. Real configurations build strings of kilobytes and lists of hundreds;
/// nested <c>for</c> expressions over <c>range</c>, doubling locals or a <c>format</c> width of a billion would
/// otherwise take the run's memory and time. A value past a bound is unknown, so rules say nothing about it.
/// </summary>
internal static class ValueLimits
{
    /// <summary>The longest string a function, template or operator may produce, in UTF-16 characters.</summary>
    public const int MaxStringLength = 1 << 22;

    /// <summary>The most elements a function result may hold at its top level.</summary>
    public const int MaxElements = 100_000;

    /// <summary>The most <c>for</c> iterations one evaluation may run, nested ones counted one by one.</summary>
    public const long MaxIterations = 200_000;

    /// <summary>The reason given for a value past a bound.</summary>
    public const string TooLarge = "the value is too large to evaluate";

    /// <summary>True when <paramref name="value"/> is past a bound at its top level.</summary>
    public static bool IsTooLarge(TerraformValue value) =>
        value.Kind switch
        {
            TerraformValueKind.String => value.AsString.Length > MaxStringLength,
            TerraformValueKind.Tuple => value.Items.Length > MaxElements,
            TerraformValueKind.Object => value.Attributes.Length > MaxElements,
            _ => false,
        };

    /// <summary>
    /// True when writing out <paramref name="value"/> whole (as JSON, flattened) would pass the bounds: values share
    /// their parts, so <c>[local.a, local.a]</c> repeated in a chain of locals is small in memory and huge written out.
    /// </summary>
    public static bool IsTooLargeWhole(TerraformValue value)
    {
        long budget = MaxStringLength;
        var pending = new Stack<TerraformValue>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            budget -= current.Kind switch
            {
                TerraformValueKind.String => current.AsString.Length + 2,
                TerraformValueKind.Object => current.Attributes.Length + 2,
                _ => 2,
            };
            if (budget < 0)
            {
                return true;
            }

            if (current.Kind == TerraformValueKind.Tuple)
            {
                foreach (var item in current.Items)
                {
                    pending.Push(item);
                }
            }
            else if (current.Kind == TerraformValueKind.Object)
            {
                foreach (var attribute in current.Attributes)
                {
                    budget -= attribute.Key.Length;
                    pending.Push(attribute.Value);
                }
            }
        }

        return false;
    }
}

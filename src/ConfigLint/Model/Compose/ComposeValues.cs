namespace ConfigLint.Model.Compose;

/// <summary>Reads Compose property values whether they are literal scalars or interpolated strings.</summary>
public static class ComposeValues
{
    /// <summary>The text Compose uses: a scalar's text, an interpolated value; null for null, objects and lists.</summary>
    public static string? Text(ConfigValue? value) => value switch
    {
        ConfigScalar { Kind: ScalarKind.Null } => null,
        ConfigScalar scalar => scalar.Text,
        ComposeInterpolatedValue interpolated => interpolated.Value,
        _ => null,
    };

    /// <summary>True when the value depends on a variable that has neither a value nor a default.</summary>
    public static bool IsUnresolved(ConfigValue? value) => value is ComposeInterpolatedValue { IsFullyResolved: false };

    /// <summary>True for YAML <c>true</c> and the strings Compose also reads as true.</summary>
    public static bool IsTrue(ConfigValue? value) => Text(value) is "true" or "True" or "TRUE" or "yes" or "Yes" or "YES";

    /// <summary>True for YAML <c>false</c> and the strings Compose also reads as false.</summary>
    public static bool IsFalse(ConfigValue? value) => Text(value) is "false" or "False" or "FALSE" or "no" or "No" or "NO";

    /// <summary>Every interpolation use in a value tree, in order (a value shared through a YAML alias is visited each time it appears).</summary>
    public static IEnumerable<ComposeVariableUse> Variables(ConfigValue value) => Variables(value, 0);

    private static IEnumerable<ComposeVariableUse> Variables(ConfigValue value, int depth)
    {
        if (depth > 64)
        {
            yield break;
        }

        switch (value)
        {
            case ComposeInterpolatedValue interpolated:
                foreach (var use in interpolated.Variables)
                {
                    yield return use;
                }

                break;
            case ConfigObject obj:
                foreach (var property in obj.Properties)
                {
                    foreach (var use in Variables(property.Value, depth + 1))
                    {
                        yield return use;
                    }
                }

                break;
            case ConfigList list:
                foreach (var item in list.Items)
                {
                    foreach (var use in Variables(item, depth + 1))
                    {
                        yield return use;
                    }
                }

                break;
        }
    }
}

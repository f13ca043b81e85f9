using ConfigLint.Model;

namespace ConfigLint.Rules.Secrets;

/// <summary>
/// The literal string values of a node with the key that names each one, which is what secret rules scan:
/// a dotenv entry's value under its key, and every scalar in other nodes' property trees under its property name.
/// </summary>
public static class SecretCandidates
{
    private const int MaxDepth = 64;

    /// <summary>Every (key, scalar) pair of the node.</summary>
    public static IEnumerable<(string Key, ConfigScalar Value)> Of(ConfigNode node)
    {
        if (node.Kind == NodeKind.DotenvEntry)
        {
            if (node.Properties.Get("value") is ConfigScalar value)
            {
                yield return (node.Name, value);
            }

            yield break;
        }

        foreach (var pair in Walk(node.Name, node.Properties, 0))
        {
            yield return pair;
        }
    }

    private static IEnumerable<(string Key, ConfigScalar Value)> Walk(string key, ConfigValue value, int depth)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }

        switch (value)
        {
            case ConfigScalar { Kind: ScalarKind.String } scalar:
                yield return (key, scalar);
                break;
            case ConfigObject obj:
                foreach (var property in obj.Properties)
                {
                    foreach (var pair in Walk(property.Name, property.Value, depth + 1))
                    {
                        yield return pair;
                    }
                }

                break;
            case ConfigList list:
                foreach (var item in list.Items)
                {
                    foreach (var pair in Walk(key, item, depth + 1))
                    {
                        yield return pair;
                    }
                }

                break;
        }
    }
}

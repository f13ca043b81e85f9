using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Secrets;

/// <summary>
/// The literal values of a node with the key that names each one, which is what secret rules scan: a dotenv entry's
/// value under its key; a ConfigMap's data under each key; every scalar in other nodes' property trees under its
/// property name, except that a <c>{name: X, value: Y}</c> pair (a container <c>env</c> entry, an ECS environment entry)
/// names its value <c>X</c>. Interpolated Compose values are scanned as written, so <c>${DB_PASSWORD}</c> stays a
/// reference while a literal password beside a variable is still found. Secret manifests are left to <c>CL3012</c>.
/// </summary>
public static class SecretCandidates
{
    private const int MaxDepth = 64;

    /// <summary>Every candidate of the node.</summary>
    public static IEnumerable<SecretCandidate> Of(ConfigNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case { Kind: NodeKind.DotenvEntry }:
                if (node.Properties.Get("value") is ConfigScalar value)
                {
                    yield return new SecretCandidate(node.Name, value.Text, value.Location);
                }

                yield break;
            case KubernetesObjectNode { ObjectKind: "Secret" }:
                yield break;

            // A tfvars entry and a variable's default are named by the variable, not by "value" or "default".
            case { Kind: NodeKind.TerraformVariableValue or NodeKind.TerraformVariable }:
                if (node.Properties.Get(node.Kind == NodeKind.TerraformVariable ? "default" : "value") is { } assigned)
                {
                    foreach (var candidate in Walk(node.Name, assigned, 0))
                    {
                        yield return candidate;
                    }
                }

                yield break;
            case KubernetesObjectNode { ObjectKind: "ConfigMap" } configMap:
                if (configMap.Properties.Get("data") is ConfigObject data)
                {
                    foreach (var property in data.Properties)
                    {
                        if (property.Value is ConfigScalar { Kind: not ScalarKind.Null } scalar)
                        {
                            yield return new SecretCandidate(property.Name, scalar.Text, scalar.Location) { Where = $"ConfigMap '{configMap.Name}'" };
                        }
                    }
                }

                yield break;
        }

        foreach (var candidate in Walk(node.Name, node.Properties, 0))
        {
            yield return candidate;
        }
    }

    private static IEnumerable<SecretCandidate> Walk(string key, ConfigValue value, int depth)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }

        switch (value)
        {
            case ConfigScalar { Kind: ScalarKind.String } scalar:
                yield return new SecretCandidate(key, scalar.Text, scalar.Location);
                break;
            case ComposeInterpolatedValue interpolated:
                yield return new SecretCandidate(key, interpolated.SourceText, interpolated.Location);
                break;
            case ConfigObject obj when NamedValue(obj) is { } pair:
                foreach (var candidate in Walk(pair.Name, pair.Value, depth + 1))
                {
                    yield return candidate;
                }

                break;
            case ConfigObject obj:
                foreach (var property in obj.Properties)
                {
                    foreach (var candidate in Walk(property.Name, property.Value, depth + 1))
                    {
                        yield return candidate;
                    }
                }

                break;
            case ConfigList list:
                foreach (var item in list.Items)
                {
                    foreach (var candidate in Walk(key, item, depth + 1))
                    {
                        yield return candidate;
                    }
                }

                break;
        }
    }

    // {name: DB_PASSWORD, value: …}: the value is named by `name`, not by the word "value".
    private static (string Name, ConfigValue Value)? NamedValue(ConfigObject obj) =>
        obj.Properties.Length == 2 && obj.GetString("name") is { Length: > 0 } name && obj.Get("value") is { } value ? (name, value) : null;
}

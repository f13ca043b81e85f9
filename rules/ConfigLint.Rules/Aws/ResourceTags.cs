using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>The <c>tags</c> of a resource instance as far as they are known, and where each one is written.</summary>
internal static class ResourceTags
{
    /// <summary>The tags of one instance whose values are known strings; empty when <c>tags</c> is absent or not known.</summary>
    public static IEnumerable<(string Key, string Value)> Of(TerraformResourceNode node, TerraformScope scope)
    {
        if (ResourceInstances.Argument(node, "tags", scope) is not { Kind: TerraformValueKind.Object } tags)
        {
            yield break;
        }

        foreach (var (key, value) in tags.Attributes)
        {
            if (value.Kind == TerraformValueKind.String)
            {
                yield return (key, value.AsString);
            }
        }
    }

    /// <summary>Where tag <paramref name="key"/> is written: its item in a literal map, else the <c>tags</c> argument.</summary>
    public static Location LocationOf(TerraformResourceNode node, string key)
    {
        if (node.GetArgument("tags") is not { } tags)
        {
            return node.Block.Location;
        }

        if (!tags.Expression.IsJson && tags.Expression.Syntax is { Kind: HclSyntaxKind.Object } map)
        {
            foreach (var item in map.Children.OfType<HclObjectItem>())
            {
                if (item.StaticKey == key)
                {
                    return item.Location;
                }
            }
        }

        return tags.Location;
    }

    /// <summary>
    /// True when a word of <paramref name="text"/> (runs of ASCII letters and digits) starts with
    /// <paramref name="prefix"/>, ignoring case: <c>app-private-1a</c> and <c>Private2</c> have <c>private</c>.
    /// </summary>
    public static bool HasWord(string text, string prefix)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                continue;
            }

            if (i - start >= prefix.Length && text.AsSpan(start, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            start = i + 1;
        }

        return false;
    }
}

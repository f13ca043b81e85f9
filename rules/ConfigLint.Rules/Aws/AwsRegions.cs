using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// The region a resource is created in: its own <c>region</c> argument (provider 6.x), else the <c>region</c> of the
/// provider configuration it selects, following <c>provider = aws.west</c>, and into called modules through the
/// caller's <c>providers</c> map or its default configuration. Null when not known before apply (set by the
/// environment, an unset variable, callers that disagree).
/// </summary>
internal static class AwsRegions
{
    private const int MaxDepth = 8;

    /// <summary>A known region and where it is set.</summary>
    /// <param name="Value">The region, with the origins of its value.</param>
    /// <param name="Location">The <c>region</c> argument that sets it.</param>
    /// <param name="Description">What sets it: <c>provider "aws"</c>, <c>provider "aws" (alias west)</c>, <c>the resource's region argument</c>.</param>
    public sealed record Source(TerraformValue Value, Text.Location Location, string Description)
    {
        /// <summary>The region name.</summary>
        public string Region => Value.AsString;
    }

    /// <summary>The region of one instance of a resource, with where it is set.</summary>
    public static Source? RegionOf(TerraformResourceNode node, TerraformScope scope)
    {
        if (node.Module is not { } module)
        {
            return null;
        }

        if (node.GetArgument("region") is { } argument)
        {
            return ResourceInstances.Argument(node, "region", scope) is { Kind: TerraformValueKind.String } own
                ? new Source(own, argument.Location, $"the region argument of {node.Address}")
                : null;
        }

        return ProviderRegion(module, AwsProviders.LocalNameOf(node), AwsProviders.AliasOf(node), 0);
    }

    private static Source? ProviderRegion(TerraformModule module, string localName, string? alias, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (module.FindProvider(localName, alias) is { } provider)
        {
            return provider.Region is { } region && module.Evaluator.Evaluate(region.Expression) is { Kind: TerraformValueKind.String } value
                ? new Source(value, region.Location, alias is null ? $"provider \"{localName}\"" : $"provider \"{localName}\" (alias {alias})")
                : null;
        }

        // No configuration here: a called module gets its caller's, all callers must agree.
        Source? found = null;
        foreach (var call in module.Callers)
        {
            if (call.Module is not { } caller)
            {
                return null;
            }

            var (callerName, callerAlias) = Passed(call, localName, alias);
            if (callerName is null)
            {
                return null;
            }

            var value = ProviderRegion(caller, callerName, callerAlias, depth + 1);
            if (value is null || (found is not null && found.Region != value.Region))
            {
                return null;
            }

            found ??= value;
        }

        return found;
    }

    // Which caller configuration a module's "aws" or "aws.x" stands for: the providers map's entry, or the caller's
    // default configuration of the same name when the map is absent (aliases are never inherited).
    private static (string? Name, string? Alias) Passed(TerraformModuleCallNode call, string localName, string? alias)
    {
        var key = alias is null ? localName : $"{localName}.{alias}";
        if (call.GetArgument("providers") is not { } providers)
        {
            return alias is null ? (localName, null) : (null, null);
        }

        if (providers.Expression.Syntax is not { Kind: HclSyntaxKind.Object } map || providers.Expression.IsEmbedded)
        {
            return (null, null);
        }

        foreach (var item in map.Children.OfType<HclObjectItem>())
        {
            var itemKey = item.StaticKey ?? TerraformExpression.FromHcl(item.Key).TraversalText;
            if (itemKey == key && TerraformExpression.FromHcl(item.Value).TraversalText is { } target)
            {
                var dot = target.IndexOf('.');
                return dot > 0 ? (target[..dot], target[(dot + 1)..]) : (target, null);
            }
        }

        return (null, null);
    }
}

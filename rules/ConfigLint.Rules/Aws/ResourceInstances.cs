using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Rules.Aws;

/// <summary>Evaluating a resource's arguments the way the AWS rules need: per instance, with where values came from.</summary>
internal static class ResourceInstances
{
    /// <summary>
    /// The scopes to evaluate a resource in: one per instance when <c>count</c>/<c>for_each</c> are known (none for
    /// <c>count = 0</c>), else one empty scope in which per-instance values stay unknown.
    /// </summary>
    public static ImmutableArray<TerraformScope> Of(TerraformResourceNode node) =>
        node.Module?.Evaluator.Instances(node) ?? [TerraformScope.Empty];

    /// <summary>The value of an argument in one instance; null when it is not written.</summary>
    public static TerraformValue? Argument(TerraformResourceNode node, string name, TerraformScope scope) =>
        node.Module?.Evaluator.EvaluateArgument(node, name, scope);

    /// <summary>The string an argument holds in one instance, or null when it is not written, not known or not a string.</summary>
    public static string? String(TerraformResourceNode node, string name, TerraformScope scope) =>
        Argument(node, name, scope) is { Kind: TerraformValueKind.String } value ? value.AsString : null;

    /// <summary>The number an argument holds in one instance (numeric strings included), or null.</summary>
    public static decimal? Number(TerraformResourceNode node, string name, TerraformScope scope) => Argument(node, name, scope) switch
    {
        { Kind: TerraformValueKind.Number } value => value.AsNumber,
        { Kind: TerraformValueKind.String } text when decimal.TryParse(text.AsString, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The bool an argument holds in one instance (<c>"true"</c>/<c>"false"</c> strings included), or null.</summary>
    public static bool? Bool(TerraformResourceNode node, string name, TerraformScope scope) => Argument(node, name, scope) switch
    {
        { Kind: TerraformValueKind.Bool } value => value.AsBool,
        { Kind: TerraformValueKind.String } text when text.AsString is "true" or "false" => text.AsString == "true",
        _ => null,
    };

    /// <summary>
    /// True when an override file merges into the resource or is itself an override: its arguments as written
    /// are not the ones Terraform uses, so rules about values stay quiet.
    /// </summary>
    public static bool IsOverridden(TerraformResourceNode node)
    {
        if (node.IsOverride)
        {
            return true;
        }

        if (node.Module is not { HasOverrideFiles: true } module)
        {
            return false;
        }

        foreach (var other in module.Resources)
        {
            if (other != node && other.IsOverride && other.Address == node.Address)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The diagnostic with a related location for every place the value came from (a variable default, a tfvars line).</summary>
    public static Diagnostic WithOrigins(Diagnostic diagnostic, TerraformValue value, string what)
    {
        foreach (var origin in value.Origins)
        {
            if (!origin.Location.IsNone && origin.Location != diagnostic.Location)
            {
                diagnostic = diagnostic.WithRelated(origin.Location, $"{what} comes from the {origin.Description}");
            }
        }

        return diagnostic;
    }
}

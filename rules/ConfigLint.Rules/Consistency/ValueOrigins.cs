using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Rules.Consistency;

/// <summary>How a related location names the place a Terraform value came from.</summary>
internal static class ValueOrigins
{
    /// <summary><c>the default of variable "port"</c>, <c>the value of "tag" in terraform.tfvars</c>, <c>local.image</c>.</summary>
    public static string Describe(ValueOrigin origin) =>
        origin.Description.StartsWith("local.", StringComparison.Ordinal) || origin.Description.StartsWith("--var", StringComparison.Ordinal)
            ? origin.Description
            : "the " + origin.Description;
}

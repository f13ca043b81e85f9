namespace ConfigLint.Rules.Aws.Schema;

/// <summary>Provider source addresses as Terraform normalizes them.</summary>
public static class ProviderAddresses
{
    /// <summary>The default registry host.</summary>
    public const string DefaultHost = "registry.terraform.io";

    /// <summary>The AWS provider: <c>registry.terraform.io/hashicorp/aws</c>.</summary>
    public const string Aws = "registry.terraform.io/hashicorp/aws";

    /// <summary>
    /// Lower-cases and completes an address: <c>aws</c> and <c>hashicorp/aws</c> become
    /// <c>registry.terraform.io/hashicorp/aws</c>, as in <c>required_providers</c>.
    /// </summary>
    public static string Normalize(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim().ToLowerInvariant();
        return trimmed.Count(c => c == '/') switch
        {
            0 => $"{DefaultHost}/hashicorp/{trimmed}",
            1 => $"{DefaultHost}/{trimmed}",
            _ => trimmed,
        };
    }
}

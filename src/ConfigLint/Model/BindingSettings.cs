using System.Collections.Immutable;

namespace ConfigLint.Model;

/// <summary>Inputs to binding that come from the command line or configuration.</summary>
public sealed record BindingSettings
{
    /// <summary>No extra inputs.</summary>
    public static BindingSettings Default { get; } = new();

    /// <summary>Terraform <c>--var-file</c> paths, workspace-relative, in order.</summary>
    public ImmutableArray<string> TerraformVarFiles { get; init; } = [];

    /// <summary>Terraform <c>--var NAME=VALUE</c> assignments, in order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> TerraformVariables { get; init; } = [];
}

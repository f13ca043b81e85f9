using ConfigLint.Model;

namespace ConfigLint.Rules.Terraform;

/// <summary>The node kinds Terraform rules register for.</summary>
internal static class TerraformNodeKinds
{
    /// <summary>Every kind of node that holds expressions with references.</summary>
    public static readonly NodeKind[] WithReferences =
    [
        NodeKind.TerraformResource, NodeKind.TerraformData, NodeKind.TerraformEphemeral, NodeKind.TerraformModule,
        NodeKind.TerraformVariable, NodeKind.TerraformOutput, NodeKind.TerraformLocal, NodeKind.TerraformProvider, NodeKind.TerraformMeta,
    ];
}

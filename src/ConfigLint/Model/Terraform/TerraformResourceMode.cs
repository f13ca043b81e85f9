namespace ConfigLint.Model.Terraform;

/// <summary>Which kind of resource block: managed (<c>resource</c>), data source (<c>data</c>) or <c>ephemeral</c>.</summary>
public enum TerraformResourceMode
{
    /// <summary><c>resource "type" "name"</c>.</summary>
    Managed,

    /// <summary><c>data "type" "name"</c>.</summary>
    Data,

    /// <summary><c>ephemeral "type" "name"</c>.</summary>
    Ephemeral,
}

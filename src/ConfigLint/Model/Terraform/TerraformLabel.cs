using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary>A block label: its value and where it is written (quotes included).</summary>
public sealed record TerraformLabel(string Value, Location Location);

using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// An entry of <c>required_providers</c>: <c>aws = { source = "hashicorp/aws", version = "~> 5.0" }</c>, or the
/// legacy <c>aws = "~> 5.0"</c> (a version only).
/// </summary>
public sealed record TerraformRequiredProvider(string LocalName, Location Location, TerraformAttribute Attribute, string? Source, TerraformExpression? Version);

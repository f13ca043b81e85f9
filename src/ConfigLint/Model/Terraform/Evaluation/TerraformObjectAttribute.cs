using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// An attribute of an object type: its type, whether it is <c>optional(…)</c>, and the default given there with where
/// it is written (<see cref="Location.None"/> inside a JSON string, whose inner positions are not the file's).
/// </summary>
public sealed record TerraformObjectAttribute(string Name, TerraformType Type, bool IsOptional, TerraformExpression? Default, Location DefaultLocation);

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>An attribute of an object type: its type, whether it is <c>optional(…)</c>, and the default given there.</summary>
public sealed record TerraformObjectAttribute(string Name, TerraformType Type, bool IsOptional, TerraformExpression? Default);

using System.Diagnostics.CodeAnalysis;

// The Terraform model (merged from the 'tf' branch, which predates public API tracking) has overloads with optional
// parameters. They are unshipped, so changing them is still free; until the model's owner settles the shape, these
// keep the build green without touching the model's files.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Scope = "member",
    Target = "~M:ConfigLint.Model.Terraform.Evaluation.TerraformEvaluator.Evaluate(ConfigLint.Model.Terraform.TerraformExpression,ConfigLint.Model.Terraform.Evaluation.TerraformScope)~ConfigLint.Model.Terraform.Values.TerraformValue",
    Justification = "Unshipped API of the Terraform model; its owner decides the final shape.")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Scope = "member",
    Target = "~M:ConfigLint.Model.Terraform.Evaluation.TerraformEvaluator.Evaluate(ConfigLint.Model.ConfigValue,ConfigLint.Model.Terraform.Evaluation.TerraformScope)~ConfigLint.Model.Terraform.Values.TerraformValue",
    Justification = "Unshipped API of the Terraform model; its owner decides the final shape.")]
[assembly: SuppressMessage("ApiDesign", "RS0027:Public API with optional parameter(s) should have the most parameters amongst its public overloads", Scope = "member",
    Target = "~M:ConfigLint.Model.Terraform.References.TerraformReferenceCollector.Collect(ConfigLint.Model.Terraform.TerraformExpression,ConfigLint.Model.Terraform.References.TerraformReferenceContext)~System.Collections.Immutable.ImmutableArray{ConfigLint.Model.Terraform.References.TerraformReference}",
    Justification = "Unshipped API of the Terraform model; its owner decides the final shape.")]

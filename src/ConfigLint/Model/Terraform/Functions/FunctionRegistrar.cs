using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>Adds one function to the table: name, minimum and maximum arity (-1: variadic), body (null: impure).</summary>
internal delegate void FunctionRegistrar(string name, int minArity, int maxArity, Func<FunctionArguments, TerraformValue>? body);

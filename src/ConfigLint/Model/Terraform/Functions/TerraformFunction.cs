namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// A built-in function: its name, how many arguments it takes (<see cref="MaxArity"/> -1 for variadic) and its body.
/// Impure functions (<c>timestamp</c>, <c>uuid</c>) have no body: their result is unknown until apply.
/// </summary>
public sealed record TerraformFunction(string Name, int MinArity, int MaxArity, Func<FunctionArguments, Values.TerraformValue>? Body)
{
    /// <summary>True when the result can be computed before apply.</summary>
    public bool IsPure => Body is not null;
}

using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>
/// A vertex of Terraform's dependency graph: a resource, data source, local, variable or output, or one part of a
/// module call (<c>call</c> for its count/for_each/depends_on, <c>in:x</c> for an input, <c>out:y</c> for an output),
/// because Terraform keeps a module's inputs and outputs apart and a cycle must pass through the same parts.
/// </summary>
internal readonly record struct DependencyVertex(TerraformNode Node, string Part)
{
    public override string ToString() => Part switch
    {
        "" or "call" => Node.Address,
        _ when Part.StartsWith("in:", StringComparison.Ordinal) => $"{Node.Address} (input {Part[3..]})",
        _ => $"{Node.Address}.{Part[4..]}",
    };
}

using System.Collections.Frozen;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// Which members of a JSON body are nested blocks, and with how many labels. JSON does not say; Terraform knows from
/// its schema. Only the language's own blocks are known here; a provider's nested blocks (an <c>ingress</c> of a
/// security group) read as attributes holding objects, which gives the same values.
/// </summary>
public static class TerraformBlockSchema
{
    /// <summary>The blocks of a file's top level.</summary>
    public static FrozenDictionary<string, int> File { get; } = Create(
        ("resource", 2), ("data", 2), ("ephemeral", 2), ("action", 2), ("module", 1), ("variable", 1), ("output", 1), ("provider", 1),
        ("locals", 0), ("terraform", 0), ("moved", 0), ("import", 0), ("removed", 0), ("check", 1));

    /// <summary>No nested blocks known.</summary>
    public static FrozenDictionary<string, int> None { get; } = Create();

    /// <summary>The nested blocks of a block of <paramref name="type"/> at the top level or inside <paramref name="parent"/>.</summary>
    public static FrozenDictionary<string, int> For(string type, string? parent = null) => (parent, type) switch
    {
        (null, "resource" or "data" or "ephemeral") => Resource,
        (null, "variable") => Variable,
        (null, "output") => Output,
        (null, "terraform") => Terraform,
        (null, "check") => Check,
        (null, "removed") => Removed,
        ("terraform", "cloud") => Cloud,
        (_, "lifecycle") => Lifecycle,
        (_, "provisioner") => Provisioner,
        (_, "dynamic") => Dynamic,
        _ => None,
    };

    private static readonly FrozenDictionary<string, int> Resource = Create(("lifecycle", 0), ("provisioner", 1), ("connection", 0), ("dynamic", 1));
    private static readonly FrozenDictionary<string, int> Variable = Create(("validation", 0));
    private static readonly FrozenDictionary<string, int> Output = Create(("precondition", 0), ("postcondition", 0));
    private static readonly FrozenDictionary<string, int> Terraform = Create(("backend", 1), ("cloud", 0), ("required_providers", 0), ("state_store", 1), ("provider_meta", 1));
    private static readonly FrozenDictionary<string, int> Cloud = Create(("workspaces", 0));
    private static readonly FrozenDictionary<string, int> Check = Create(("data", 2), ("assert", 0));
    private static readonly FrozenDictionary<string, int> Removed = Create(("lifecycle", 0), ("provisioner", 1));
    private static readonly FrozenDictionary<string, int> Lifecycle = Create(("precondition", 0), ("postcondition", 0));
    private static readonly FrozenDictionary<string, int> Provisioner = Create(("connection", 0));
    private static readonly FrozenDictionary<string, int> Dynamic = Create(("content", 0));

    private static FrozenDictionary<string, int> Create(params (string Name, int Labels)[] blocks) =>
        blocks.ToFrozenDictionary(b => b.Name, b => b.Labels, StringComparer.Ordinal);
}

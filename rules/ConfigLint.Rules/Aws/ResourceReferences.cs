using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;

namespace ConfigLint.Rules.Aws;

/// <summary>Which resources of its own module an expression or a resource refers to, directly or through locals.</summary>
internal static class ResourceReferences
{
    /// <summary>The resources of the module that an argument's value refers to (through locals too).</summary>
    public static IReadOnlyList<TerraformResourceNode> In(TerraformModule module, TerraformAttribute? attribute)
    {
        var found = new List<TerraformResourceNode>();
        if (attribute is not null)
        {
            Collect(module, TerraformReferenceCollector.Collect(attribute.Expression), found, new HashSet<TerraformNode>());
        }

        return found;
    }

    /// <summary>The one resource of <paramref name="type"/> an argument refers to, or null when it refers to none or several.</summary>
    public static TerraformResourceNode? Single(TerraformModule module, TerraformAttribute? attribute, string type)
    {
        TerraformResourceNode? single = null;
        foreach (var resource in In(module, attribute))
        {
            if (resource.Type != type || resource == single)
            {
                continue;
            }

            if (single is not null)
            {
                return null;
            }

            single = resource;
        }

        return single;
    }

    /// <summary>
    /// Whether <paramref name="from"/> depends on <paramref name="target"/> as Terraform orders them: through
    /// references and <c>depends_on</c>, resource to resource and through locals, inside the module.
    /// </summary>
    public static bool DependsOn(TerraformModule module, TerraformNode from, Func<TerraformResourceNode, bool> target)
    {
        var seen = new HashSet<TerraformNode> { from };
        var pending = new Stack<TerraformNode>();
        pending.Push(from);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var reference in node.References)
            {
                if (reference.Kind is not (TerraformReferenceKind.Resource or TerraformReferenceKind.DataSource or TerraformReferenceKind.Local)
                    || module.Resolve(reference) is not { } next || !seen.Add(next))
                {
                    continue;
                }

                if (next is TerraformResourceNode resource && target(resource))
                {
                    return true;
                }

                pending.Push(next);
            }
        }

        return false;
    }

    private static void Collect(TerraformModule module, IEnumerable<TerraformReference> references, List<TerraformResourceNode> found, HashSet<TerraformNode> seen)
    {
        foreach (var reference in references)
        {
            if (module.Resolve(reference) is not { } node || !seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case TerraformResourceNode resource:
                    found.Add(resource);
                    break;
                case TerraformLocalNode local:
                    Collect(module, local.References, found, seen);
                    break;
            }
        }
    }
}

using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Model.Terraform.References;

/// <summary>
/// A traversal read from the syntax: a root name (<c>aws_vpc</c>) and the steps after it (<c>.main</c>, <c>[0]</c>,
/// <c>[*]</c>), climbing from the root's <see cref="HclSyntaxKind.Variable"/> node through the nodes whose source it is.
/// Steps after a splat are the splat's own steps, applied to each element.
/// </summary>
internal sealed class TerraformTraversal
{
    private TerraformTraversal(HclExpression root, List<TraversalStep> steps)
    {
        Root = root;
        Steps = steps;
    }

    /// <summary>The <see cref="HclSyntaxKind.Variable"/> node.</summary>
    public HclExpression Root { get; }

    /// <summary>The root name.</summary>
    public string RootName => Root.Name!;

    /// <summary>The steps, outward from the root.</summary>
    public List<TraversalStep> Steps { get; }

    /// <summary>The outermost node of the traversal.</summary>
    public HclExpression Outermost => Steps.Count == 0 ? Root : Steps[^1].Node;

    /// <summary>Reads the traversal that starts at a variable node.</summary>
    public static TerraformTraversal Read(HclExpression root)
    {
        var steps = new List<TraversalStep>();
        HclExpression node = root;
        while (node.Parent is HclExpression parent && parent.Children.Length > 0 && parent.Children[0].Index == node.Index)
        {
            switch (parent.Kind)
            {
                case HclSyntaxKind.GetAttribute:
                    steps.Add(new TraversalStep(TraversalStepKind.Attribute, parent.Name, null, parent));
                    break;
                case HclSyntaxKind.Index:
                    steps.Add(new TraversalStep(TraversalStepKind.Index, null, (HclExpression)parent.Children[1], parent));
                    break;
                case HclSyntaxKind.LegacyIndex:
                    steps.Add(new TraversalStep(TraversalStepKind.Index, LegacyIndex(parent), null, parent));
                    break;
                case HclSyntaxKind.FullSplat or HclSyntaxKind.AttributeSplat:
                    steps.Add(new TraversalStep(TraversalStepKind.Splat, null, null, parent));
                    AddSplatSteps(parent, steps);
                    return new TerraformTraversal(root, steps);
                default:
                    return new TerraformTraversal(root, steps);
            }

            node = parent;
        }

        return new TerraformTraversal(root, steps);
    }

    /// <summary>The number of a legacy index step (<c>.0</c>).</summary>
    public static string? LegacyIndex(HclExpression node)
    {
        string? last = null;
        foreach (var token in node.Tokens)
        {
            if (token.Kind == HclTokenKind.Number)
            {
                last = node.Tree.GetText(token);
            }
        }

        return last;
    }

    /// <summary>The steps of a splat, from its <see cref="HclSyntaxKind.SplatItem"/> outward.</summary>
    public static List<HclExpression> SplatSteps(HclExpression splat)
    {
        var chain = new List<HclExpression>();
        if (splat.Children.Length < 2)
        {
            return chain;
        }

        var step = (HclExpression)splat.Children[1];
        while (step.Kind is HclSyntaxKind.GetAttribute or HclSyntaxKind.Index or HclSyntaxKind.LegacyIndex)
        {
            chain.Add(step);
            step = (HclExpression)step.Children[0];
        }

        chain.Reverse();
        return chain;
    }

    private static void AddSplatSteps(HclExpression splat, List<TraversalStep> steps)
    {
        foreach (var step in SplatSteps(splat))
        {
            steps.Add(step.Kind switch
            {
                HclSyntaxKind.GetAttribute => new TraversalStep(TraversalStepKind.Attribute, step.Name, null, step),
                HclSyntaxKind.Index => new TraversalStep(TraversalStepKind.Index, null, (HclExpression)step.Children[1], step),
                _ => new TraversalStep(TraversalStepKind.Index, LegacyIndex(step), null, step),
            });
        }
    }
}

using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.References;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// The references of each kind of node, read the way Terraform reads the block: addresses that are not references
/// (<c>provider</c>, <c>lifecycle.ignore_changes</c>, a module's <c>source</c> and <c>providers</c>, <c>moved</c>
/// and <c>removed</c> addresses, <c>import.to</c>) are skipped, <c>depends_on</c> entries are marked, and a
/// <c>dynamic</c> block's iterator is local to its content.
/// </summary>
internal static class TerraformNodeReferences
{
    private static readonly ImmutableHashSet<string> NoNames = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    public static ImmutableArray<TerraformReference> Collect(TerraformNode node)
    {
        var found = ImmutableArray.CreateBuilder<TerraformReference>();
        switch (node)
        {
            case TerraformResourceNode resource:
                Body(resource.Body, TerraformReferenceContext.Value, NoNames, resource.Check, topLevel: true, found);
                break;
            case TerraformModuleCallNode call:
                foreach (var attribute in call.Body.Attributes)
                {
                    if (attribute.Name is not ("source" or "version" or "providers"))
                    {
                        Add(attribute, attribute.Name == "depends_on" ? TerraformReferenceContext.DependsOn : TerraformReferenceContext.Value, NoNames, null, found);
                    }
                }

                break;
            case TerraformVariableNode variable:
                foreach (var attribute in variable.Body.Attributes)
                {
                    if (attribute.Name != "type")
                    {
                        Add(attribute, TerraformReferenceContext.Value, NoNames, null, found);
                    }
                }

                foreach (var validation in variable.Validations)
                {
                    Body(validation.Body, TerraformReferenceContext.Validation, NoNames, null, topLevel: false, found);
                }

                break;
            case TerraformOutputNode or TerraformProviderNode:
                var block = ((TerraformBlockNode)node).Body;
                foreach (var attribute in block.Attributes)
                {
                    if (attribute.Name != "alias")
                    {
                        Add(attribute, attribute.Name == "depends_on" ? TerraformReferenceContext.DependsOn : TerraformReferenceContext.Value, NoNames, null, found);
                    }
                }

                // A provider may generate blocks (dynamic "assume_role"), whose iterator is local to their content.
                Blocks(block, TerraformReferenceContext.Value, NoNames, null, topLevel: false, found);
                break;
            case TerraformLocalNode local:
                found.AddRange(TerraformReferenceCollector.Collect(local.Expression, TerraformReferenceContext.Value, NoNames, null));
                break;
            case TerraformMetaNode { BlockType: "import" } import:
                foreach (var attribute in import.Body.Attributes)
                {
                    if (attribute.Name is not ("to" or "provider"))
                    {
                        Add(attribute, TerraformReferenceContext.Value, NoNames, null, found);
                    }
                }

                foreach (var nested in import.Body.Blocks)
                {
                    Body(nested.Body, TerraformReferenceContext.Value, NoNames, null, topLevel: false, found);
                }

                break;
            case TerraformMetaNode { BlockType: "check" } check:
                foreach (var assert in check.Body.GetBlocks("assert"))
                {
                    Body(assert.Body, TerraformReferenceContext.Value, NoNames, check.Block, topLevel: false, found);
                }

                break;
        }

        // Attributes and nested blocks are read separately; report in source order.
        return [.. found.OrderBy(r => r.Location.Span.Start)];
    }

    private static void Body(TerraformBody body, TerraformReferenceContext context, ImmutableHashSet<string> scope, TerraformBlock? check, bool topLevel, ImmutableArray<TerraformReference>.Builder found)
    {
        foreach (var attribute in body.Attributes)
        {
            if (topLevel && attribute.Name == "provider")
            {
                continue;
            }

            Add(attribute, topLevel && attribute.Name == "depends_on" ? TerraformReferenceContext.DependsOn : context, scope, check, found);
        }

        Blocks(body, context, scope, check, topLevel, found);
    }

    private static void Blocks(TerraformBody body, TerraformReferenceContext context, ImmutableHashSet<string> scope, TerraformBlock? check, bool topLevel, ImmutableArray<TerraformReference>.Builder found)
    {
        foreach (var nested in body.Blocks)
        {
            switch (nested.Type)
            {
                case "lifecycle" when topLevel:
                    foreach (var attribute in nested.Body.Attributes)
                    {
                        if (attribute.Name == "replace_triggered_by")
                        {
                            Add(attribute, TerraformReferenceContext.ReplaceTriggeredBy, scope, check, found);
                        }
                        else if (attribute.Name != "ignore_changes")
                        {
                            Add(attribute, context, scope, check, found);
                        }
                    }

                    foreach (var condition in nested.Body.Blocks)
                    {
                        Body(condition.Body, context, scope, check, topLevel: false, found);
                    }

                    break;
                case "provisioner" or "connection":
                    Body(nested.Body, TerraformReferenceContext.Provisioner, scope, check, topLevel: false, found);
                    break;
                case "dynamic":
                    var iterator = TerraformExpressionEvaluator.IteratorName(nested);
                    var inner = iterator is null ? scope : scope.Add(iterator);
                    foreach (var attribute in nested.Body.Attributes)
                    {
                        switch (attribute.Name)
                        {
                            case "for_each":
                                Add(attribute, context, scope, check, found);
                                break;
                            case "labels":
                                Add(attribute, context, inner, check, found);
                                break;
                        }
                    }

                    foreach (var content in nested.Body.GetBlocks("content"))
                    {
                        Body(content.Body, context, inner, check, topLevel: false, found);
                    }

                    break;
                default:
                    Body(nested.Body, context, scope, check, topLevel: false, found);
                    break;
            }
        }
    }

    private static void Add(TerraformAttribute attribute, TerraformReferenceContext context, ImmutableHashSet<string> scope, TerraformBlock? check, ImmutableArray<TerraformReference>.Builder found) =>
        found.AddRange(TerraformReferenceCollector.Collect(attribute.Expression, context, scope, check));
}

using System.Collections.Immutable;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.References;

/// <summary>
/// Finds the references in expressions. Names a <c>for</c> expression, a template <c>for</c> directive or a
/// <c>dynamic</c> block's iterator introduces are local to it and are not references.
/// </summary>
public static class TerraformReferenceCollector
{
    /// <summary>The root names that are not resource types.</summary>
    public static ImmutableHashSet<string> ReservedRoots { get; } =
        ImmutableHashSet.Create(StringComparer.Ordinal, "var", "local", "module", "data", "ephemeral", "resource", "count", "each", "path", "terraform", "self", "action", "list", "caller");

    /// <summary>The references of one expression.</summary>
    public static ImmutableArray<TerraformReference> Collect(TerraformExpression expression, TerraformReferenceContext context = TerraformReferenceContext.Value) =>
        Collect(expression, context, ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal), null);

    /// <summary>The references of one expression, with names in <paramref name="scope"/> bound locally.</summary>
    public static ImmutableArray<TerraformReference> Collect(TerraformExpression expression, TerraformReferenceContext context, ImmutableHashSet<string> scope, TerraformBlock? check)
    {
        var found = ImmutableArray.CreateBuilder<TerraformReference>();
        var walker = new Walker(expression, context, check, found);
        if (expression.Syntax is { } syntax)
        {
            walker.Visit(syntax, scope);
        }
        else
        {
            foreach (var item in expression.JsonItems)
            {
                found.AddRange(Collect(item, context, scope, check));
            }

            foreach (var (_, value) in expression.JsonMembers)
            {
                found.AddRange(Collect(value, context, scope, check));
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Reads a reference from a traversal's root variable node; null when the root is not a reference (a bare name, a bound name).</summary>
    internal static TerraformReference? Classify(HclExpression root, TerraformExpression owner, TerraformReferenceContext context, TerraformBlock? check)
    {
        var traversal = TerraformTraversal.Read(root);
        var steps = traversal.Steps;
        var rootName = traversal.RootName;
        int subjectSteps;
        TerraformReferenceKind kind;
        string? type = null;
        switch (rootName)
        {
            case "action" or "list" or "caller":
                // Actions (action.type.name), list resources of query files and caller are not bound as nodes.
                return null;
            case "var" or "local" or "module" or "count" or "each" or "path" or "terraform" or "self":
                if (!IsAttribute(steps, 0))
                {
                    return null;
                }

                kind = rootName switch
                {
                    "var" => TerraformReferenceKind.Variable,
                    "local" => TerraformReferenceKind.Local,
                    "module" => TerraformReferenceKind.Module,
                    "count" => TerraformReferenceKind.Count,
                    "each" => TerraformReferenceKind.Each,
                    "path" => TerraformReferenceKind.Path,
                    "terraform" => TerraformReferenceKind.Terraform,
                    _ => TerraformReferenceKind.Self,
                };
                subjectSteps = 1;
                break;
            case "data" or "ephemeral" or "resource":
                if (!IsAttribute(steps, 0) || !IsAttribute(steps, 1))
                {
                    return null;
                }

                // resource.type.name is the managed resource, written so for types that clash with a reserved name.
                kind = rootName switch { "data" => TerraformReferenceKind.DataSource, "ephemeral" => TerraformReferenceKind.Ephemeral, _ => TerraformReferenceKind.Resource };
                type = steps[0].Name;
                subjectSteps = 2;
                break;
            default:
                if (!IsAttribute(steps, 0))
                {
                    return null;
                }

                kind = TerraformReferenceKind.Resource;
                type = rootName;
                subjectSteps = 1;
                break;
        }

        var name = steps[subjectSteps - 1].Name!;
        var subjectNode = steps[subjectSteps - 1].Node;
        var next = subjectSteps;
        var hasIndex = next < steps.Count && steps[next].Kind is TraversalStepKind.Index or TraversalStepKind.Splat;
        if (hasIndex)
        {
            next++;
        }

        string? attribute = null;
        var attributeLocation = Location.None;
        if (IsAttribute(steps, next))
        {
            attribute = steps[next].Name;
            attributeLocation = owner.IsEmbedded ? owner.Location : NameTokenLocation(steps[next].Node);
        }

        var subject = kind switch
        {
            TerraformReferenceKind.DataSource => $"data.{type}.{name}",
            TerraformReferenceKind.Ephemeral => $"ephemeral.{type}.{name}",
            TerraformReferenceKind.Resource => $"{type}.{name}",
            _ => $"{rootName}.{name}",
        };
        return new TerraformReference
        {
            Kind = kind,
            Subject = subject,
            Type = type,
            Name = name,
            Attribute = attribute,
            HasIndex = hasIndex,
            Location = owner.IsEmbedded ? owner.Location : subjectNode.Location,
            NameLocation = owner.IsEmbedded ? Location.None : NameTokenLocation(subjectNode),
            AttributeLocation = attributeLocation,
            Context = context,
            Syntax = traversal.Outermost,
            Check = check,
        };
    }

    private static bool IsAttribute(List<TraversalStep> steps, int index) =>
        index < steps.Count && steps[index].Kind == TraversalStepKind.Attribute && steps[index].Name is not null;

    private static Location NameTokenLocation(HclExpression getAttribute)
    {
        foreach (var token in getAttribute.Tokens)
        {
            if (token.Kind == HclTokenKind.Identifier && !token.IsTrivia)
            {
                return getAttribute.Tree.GetLocation(token.Span);
            }
        }

        return getAttribute.Location;
    }

    private sealed class Walker(TerraformExpression owner, TerraformReferenceContext context, TerraformBlock? check, ImmutableArray<TerraformReference>.Builder found)
    {
        public void Visit(HclExpression node, ImmutableHashSet<string> scope)
        {
            switch (node.Kind)
            {
                case HclSyntaxKind.Variable:
                    if (!scope.Contains(node.Name!) && Classify(node, owner, context, check) is { } reference)
                    {
                        found.Add(reference);
                    }

                    return;
                case HclSyntaxKind.For:
                    if (node.First is { } collection)
                    {
                        Visit(collection, scope);
                    }

                    var inner = scope;
                    if (node.KeyVariable is { } key)
                    {
                        inner = inner.Add(key);
                    }

                    if (node.ValueVariable is { } value)
                    {
                        inner = inner.Add(value);
                    }

                    for (var i = 1; i < node.Children.Length; i++)
                    {
                        if (node.Children[i] is HclExpression child)
                        {
                            Visit(child, inner);
                        }
                    }

                    return;
                case HclSyntaxKind.Template:
                    VisitTemplate(node, scope);
                    return;
                default:
                    foreach (var child in node.Children)
                    {
                        switch (child)
                        {
                            case HclExpression expression:
                                Visit(expression, scope);
                                break;
                            case HclObjectItem item:
                                // A bare-name key is a string, not a reference.
                                if (item.Key.Kind != HclSyntaxKind.Variable)
                                {
                                    Visit(item.Key, scope);
                                }

                                Visit(item.Value, scope);
                                break;
                        }
                    }

                    return;
            }
        }

        private void VisitTemplate(HclExpression template, ImmutableHashSet<string> scope)
        {
            var scopes = new Stack<ImmutableHashSet<string>>();
            var current = scope;
            foreach (var child in template.Children)
            {
                if (child is not HclExpression part)
                {
                    continue;
                }

                switch (part.Kind)
                {
                    case HclSyntaxKind.ForDirective:
                        if (part.First is { } collection)
                        {
                            Visit(collection, current);
                        }

                        scopes.Push(current);
                        if (part.KeyVariable is { } key)
                        {
                            current = current.Add(key);
                        }

                        if (part.ValueVariable is { } value)
                        {
                            current = current.Add(value);
                        }

                        break;
                    case HclSyntaxKind.EndForDirective:
                        if (scopes.Count > 0)
                        {
                            current = scopes.Pop();
                        }

                        break;
                    default:
                        Visit(part, current);
                        break;
                }
            }
        }
    }
}

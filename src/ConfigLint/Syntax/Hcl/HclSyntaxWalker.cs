using System.Runtime.CompilerServices;

namespace ConfigLint.Syntax.Hcl;

/// <summary>Visits a node and everything under it; override the methods for the nodes you care about.</summary>
public abstract class HclSyntaxWalker
{
    /// <summary>Visits <paramref name="node"/> through its kind's method.</summary>
    public void Visit(HclSyntaxNode node) => node.Accept(this);

    /// <summary>Visits a body; by default its items.</summary>
    public virtual void VisitBody(HclBody body) => VisitChildren(body);

    /// <summary>Visits an attribute; by default its expression.</summary>
    public virtual void VisitAttribute(HclAttribute attribute) => VisitChildren(attribute);

    /// <summary>Visits a block; by default its body.</summary>
    public virtual void VisitBlock(HclBlock block) => VisitChildren(block);

    /// <summary>Visits an object item; by default its key and value.</summary>
    public virtual void VisitObjectItem(HclObjectItem item) => VisitChildren(item);

    /// <summary>Visits an expression (or template part or error node); by default its children.</summary>
    public virtual void VisitExpression(HclExpression expression) => VisitChildren(expression);

    /// <summary>Visits every child of <paramref name="node"/>.</summary>
    protected void VisitChildren(HclSyntaxNode node)
    {
        // Long operator chains (a + b + … with thousands of terms) make deep trees; running out of stack here throws
        // InsufficientExecutionStackException, which the analyzer driver reports, instead of ending the process.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in node.Children)
        {
            child.Accept(this);
        }
    }
}

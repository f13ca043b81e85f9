namespace ConfigLint.Model.Terraform;

/// <summary>A property-tree value that needs evaluating, with its Terraform expression; evaluate it with <see cref="Evaluation.TerraformEvaluator"/>.</summary>
public sealed class TerraformConfigExpression(TerraformExpression expression) : ConfigExpression(expression.Location, expression.SourceText)
{
    /// <summary>The expression.</summary>
    public TerraformExpression Expression { get; } = expression;
}

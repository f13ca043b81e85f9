namespace ConfigLint.Model.Terraform.References;

/// <summary>Where a reference is written, which decides what Terraform does with it.</summary>
public enum TerraformReferenceContext
{
    /// <summary>An argument's value, a condition, a <c>count</c> or <c>for_each</c>: a dependency.</summary>
    Value,

    /// <summary>An entry of <c>depends_on</c>: an explicit dependency.</summary>
    DependsOn,

    /// <summary>An entry of <c>lifecycle.replace_triggered_by</c>.</summary>
    ReplaceTriggeredBy,

    /// <summary>Inside a provisioner or connection block, which run after the resource exists.</summary>
    Provisioner,

    /// <summary>A variable's own <c>validation</c> block.</summary>
    Validation,
}

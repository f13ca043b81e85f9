namespace ConfigLint.Model.Terraform;

/// <summary>How a string of a <c>.tf.json</c> file is read: as a template (most values) or as an expression.</summary>
public enum TerraformJsonMode
{
    /// <summary>A template: <c>"${var.x}-a"</c>; text without <c>${</c> is a plain string.</summary>
    Template,

    /// <summary>
    /// An expression written without <c>${</c>: <c>depends_on</c> entries, <c>provider</c>, a variable's <c>type</c>,
    /// <c>lifecycle.ignore_changes</c>, and the addresses of <c>moved</c>, <c>import</c> and <c>removed</c>.
    /// </summary>
    Expression,
}

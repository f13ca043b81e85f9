using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Rules.Aws.Rds;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// The <c>parameter { name, value, apply_method }</c> blocks of an <c>aws_db_parameter_group</c> or
/// <c>aws_rds_cluster_parameter_group</c>, written out or produced by <c>dynamic "parameter"</c>, evaluated per instance
/// of the group and per element of the dynamic block's <c>for_each</c>.
/// </summary>
internal static class RdsParameterSettings
{
    /// <summary>The resource types that hold parameter blocks.</summary>
    public static readonly string[] ResourceTypes = ["aws_db_parameter_group", "aws_rds_cluster_parameter_group"];

    /// <summary>One parameter setting as evaluated.</summary>
    /// <param name="Family">The group's <c>family</c>.</param>
    /// <param name="IsCluster">True for <c>aws_rds_cluster_parameter_group</c>.</param>
    /// <param name="Name">The evaluated name (a known string).</param>
    /// <param name="NameValue">The name's value with its origins.</param>
    /// <param name="Value">The evaluated value; null when <c>value</c> is not written.</param>
    /// <param name="ApplyMethod">The evaluated <c>apply_method</c>; null when it is not written.</param>
    /// <param name="Block">The <c>parameter</c> block, or the <c>content</c> block of a dynamic one.</param>
    /// <param name="IsDynamic">True when the block is a dynamic block's content, shared by every element.</param>
    public sealed record Setting(string Family, bool IsCluster, string Name, TerraformValue NameValue, TerraformValue? Value, TerraformValue? ApplyMethod, TerraformBlock Block, bool IsDynamic)
    {
        /// <summary>The <c>name</c> argument.</summary>
        public TerraformAttribute? NameAttribute => Block.Body.GetAttribute("name");

        /// <summary>The <c>value</c> argument.</summary>
        public TerraformAttribute? ValueAttribute => Block.Body.GetAttribute("value");

        /// <summary>The <c>apply_method</c> argument.</summary>
        public TerraformAttribute? ApplyMethodAttribute => Block.Body.GetAttribute("apply_method");

        /// <summary>The value as RDS receives it (numbers and bools as their text); null when not known.</summary>
        public string? ValueText => Value switch
        {
            { Kind: TerraformValueKind.String } text => text.AsString,
            { Kind: TerraformValueKind.Number } number => number.AsNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            { Kind: TerraformValueKind.Bool } flag => flag.AsBool ? "true" : "false",
            _ => null,
        };
    }

    /// <summary>Every setting whose family and name are known, with the family's data (null when the catalog has none).</summary>
    public static IEnumerable<(Setting Setting, RdsParameterFamily? Data)> Of(TerraformResourceNode node, RdsParameterCatalog catalog)
    {
        if (node.Module?.Evaluator is not { } evaluator || !AwsProviders.IsAws(node))
        {
            yield break;
        }

        var cluster = node.Type == "aws_rds_cluster_parameter_group";
        foreach (var scope in ResourceInstances.Of(node))
        {
            if (ResourceInstances.String(node, "family", scope) is not { Length: > 0 } family)
            {
                continue;
            }

            var data = catalog.For(family, cluster);
            foreach (var block in node.Body.Blocks)
            {
                if (block.Type == "parameter")
                {
                    if (Evaluate(evaluator, family, cluster, block, scope, isDynamic: false) is { } setting)
                    {
                        yield return (setting, data);
                    }
                }
                else if (block.Type == "dynamic" && block.Label(0) == "parameter" && block.Body.GetBlock("content") is { } content
                    && evaluator.ExpandDynamic(block, scope) is { } elements)
                {
                    foreach (var element in elements)
                    {
                        if (Evaluate(evaluator, family, cluster, content, element, isDynamic: true) is { } setting)
                        {
                            yield return (setting, data);
                        }
                    }
                }
            }
        }
    }

    /// <summary>True for the families of PostgreSQL engines.</summary>
    public static bool IsPostgres(string family) => family.StartsWith("postgres", StringComparison.Ordinal) || family.StartsWith("aurora-postgresql", StringComparison.Ordinal);

    /// <summary>True for the families of MySQL-compatible engines.</summary>
    public static bool IsMySql(string family) =>
        family.StartsWith("mysql", StringComparison.Ordinal) || family.StartsWith("aurora-mysql", StringComparison.Ordinal)
        || family.StartsWith("mariadb", StringComparison.Ordinal) || family == "aurora5.6";

    /// <summary>True when a value is an RDS formula or function (<c>{DBInstanceClassMemory*3/4}</c>, <c>GREATEST(...)</c>) that only RDS evaluates.</summary>
    public static bool IsFormula(string value) => value.Contains('{', StringComparison.Ordinal) || value.Contains('(', StringComparison.Ordinal);

    private static Setting? Evaluate(TerraformEvaluator evaluator, string family, bool cluster, TerraformBlock block, TerraformScope scope, bool isDynamic)
    {
        if (block.Body.GetAttribute("name") is not { } nameAttribute
            || evaluator.Evaluate(nameAttribute.Expression, scope) is not { Kind: TerraformValueKind.String } name)
        {
            return null;
        }

        var value = block.Body.GetAttribute("value") is { } valueAttribute ? evaluator.Evaluate(valueAttribute.Expression, scope) : null;
        var apply = block.Body.GetAttribute("apply_method") is { } applyAttribute ? evaluator.Evaluate(applyAttribute.Expression, scope) : null;
        return new Setting(family, cluster, name.AsString, name, value, apply, block, isDynamic);
    }
}

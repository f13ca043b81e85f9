using System.Collections.Frozen;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Rules.Aws;

/// <summary>The arguments that name Availability Zones, per resource type, and the zone names they hold.</summary>
internal static class ZoneArguments
{
    /// <summary>Resource types and their zone arguments.</summary>
    public static readonly FrozenDictionary<string, string[]> ByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["aws_subnet"] = ["availability_zone"],
        ["aws_instance"] = ["availability_zone"],
        ["aws_ebs_volume"] = ["availability_zone"],
        ["aws_db_instance"] = ["availability_zone"],
        ["aws_rds_cluster"] = ["availability_zones"],
        ["aws_autoscaling_group"] = ["availability_zones"],
        ["aws_efs_file_system"] = ["availability_zone_name"],
        ["aws_elasticache_cluster"] = ["availability_zone", "preferred_availability_zones"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The types the rules register for.</summary>
    public static string[] Types => [.. ByType.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The zone names written in one instance's zone arguments: each argument with the known strings it holds and their value.</summary>
    public static IEnumerable<(TerraformAttribute Attribute, string Zone, TerraformValue Value)> Zones(TerraformResourceNode node, TerraformScope scope)
    {
        foreach (var name in ByType.GetValueOrDefault(node.Type) ?? [])
        {
            if (node.GetArgument(name) is not { } attribute || ResourceInstances.Argument(node, name, scope) is not { } value)
            {
                continue;
            }

            if (value.Kind == TerraformValueKind.String)
            {
                yield return (attribute, value.AsString, value);
            }
            else if (value.Kind == TerraformValueKind.Tuple)
            {
                foreach (var item in value.Items)
                {
                    if (item.Kind == TerraformValueKind.String)
                    {
                        yield return (attribute, item.AsString, item.WithOrigins(value.Origins));
                    }
                }
            }
        }
    }
}

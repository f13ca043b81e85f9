using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Functions;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Rules.Aws;

/// <summary>The IPv4 blocks of a module's subnets and VPCs, per instance, as far as they are known before apply.</summary>
internal static class SubnetBlocks
{
    /// <summary>One instance of a subnet with a known IPv4 block.</summary>
    /// <param name="Subnet">The subnet resource.</param>
    /// <param name="Address">The instance address: <c>aws_subnet.private[1]</c>.</param>
    /// <param name="Block">Its <c>cidr_block</c>.</param>
    /// <param name="Value">The evaluated value, with its origins.</param>
    /// <param name="Vpc">The <c>aws_vpc</c> of this module it is in; null when its <c>vpc_id</c> is not one.</param>
    /// <param name="VpcKey">What identifies its VPC: the VPC's address, or the literal <c>vpc_id</c>; null when not known.</param>
    public sealed record Instance(TerraformResourceNode Subnet, string Address, CidrBlock Block, TerraformValue Value, TerraformResourceNode? Vpc, string? VpcKey);

    /// <summary>Every subnet instance of the module whose IPv4 block is known.</summary>
    public static IEnumerable<Instance> Subnets(TerraformModule module)
    {
        foreach (var subnet in module.Resources)
        {
            if (subnet.Type != "aws_subnet" || !AwsProviders.IsAws(subnet))
            {
                continue;
            }

            var vpc = ResourceReferences.Single(module, subnet.GetArgument("vpc_id"), "aws_vpc");
            foreach (var scope in ResourceInstances.Of(subnet))
            {
                if (ResourceInstances.Argument(subnet, "cidr_block", scope) is not { Kind: TerraformValueKind.String } value
                    || !CidrBlock.TryParse(value.AsString, out var block))
                {
                    continue;
                }

                var key = vpc?.Address ?? (vpc is null && ResourceInstances.String(subnet, "vpc_id", scope) is { } literal && IsVpcId(subnet, literal) ? "id:" + literal : null);
                yield return new Instance(subnet, subnet.Address + scope.InstanceKey, block, value, vpc, key);
            }
        }
    }

    /// <summary>
    /// The IPv4 blocks of a VPC: its <c>cidr_block</c> and those of the <c>aws_vpc_ipv4_cidr_block_association</c>
    /// resources that refer to it; null when any of them is not known (an IPAM pool, a computed value, a count).
    /// </summary>
    public static IReadOnlyList<(CidrBlock Block, TerraformAttribute Attribute, TerraformValue Value)>? VpcBlocks(TerraformModule module, TerraformResourceNode vpc)
    {
        if (vpc.Count is not null || vpc.ForEach is not null || vpc.GetArgument("cidr_block") is not { } primary
            || ResourceInstances.Argument(vpc, "cidr_block", TerraformScope.Empty) is not { Kind: TerraformValueKind.String } value
            || !CidrBlock.TryParse(value.AsString, out var block))
        {
            return null;
        }

        var blocks = new List<(CidrBlock, TerraformAttribute, TerraformValue)> { (block, primary, value) };
        foreach (var association in module.Resources)
        {
            if (association.Type != "aws_vpc_ipv4_cidr_block_association"
                || ResourceReferences.Single(module, association.GetArgument("vpc_id"), "aws_vpc") != vpc)
            {
                continue;
            }

            if (association.Count is not null || association.ForEach is not null || association.GetArgument("cidr_block") is not { } attribute
                || ResourceInstances.Argument(association, "cidr_block", TerraformScope.Empty) is not { Kind: TerraformValueKind.String } secondary
                || !CidrBlock.TryParse(secondary.AsString, out var secondaryBlock))
            {
                return null;
            }

            blocks.Add((secondaryBlock, attribute, secondary));
        }

        return blocks;
    }

    // A literal vpc_id counts as the VPC's identity only when written in the subnet itself (not a shared variable).
    private static bool IsVpcId(TerraformResourceNode subnet, string literal) =>
        literal.StartsWith("vpc-", StringComparison.Ordinal) && subnet.GetArgument("vpc_id")?.Expression.TryGetStaticString(out _) == true;
}

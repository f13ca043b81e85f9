using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Aws;

/// <summary>How VPC resources of one module hang together: which VPC a resource is in, which internet gateway serves a VPC.</summary>
internal static class AwsNetworkResources
{
    /// <summary>The <c>aws_vpc</c> of the module a resource belongs to, found through its references; null when not known here.</summary>
    public static TerraformResourceNode? VpcOf(TerraformModule module, TerraformResourceNode node, int depth = 0)
    {
        if (depth > 4)
        {
            return null;
        }

        TerraformResourceNode? Via(string argument, string type) =>
            ResourceReferences.Single(module, node.GetArgument(argument), type) is { } next ? VpcOf(module, next, depth + 1) : null;

        return node.Type switch
        {
            "aws_vpc" => node,
            "aws_nat_gateway" => ResourceReferences.Single(module, node.GetArgument("vpc_id"), "aws_vpc") ?? Via("subnet_id", "aws_subnet"),
            "aws_instance" or "aws_network_interface" => Via("subnet_id", "aws_subnet"),
            "aws_eip" => Via("instance", "aws_instance") ?? Via("network_interface", "aws_network_interface"),
            "aws_route_table_association" => Via("subnet_id", "aws_subnet") ?? Via("route_table_id", "aws_route_table"),
            _ => ResourceReferences.Single(module, node.GetArgument("vpc_id"), "aws_vpc"),
        };
    }

    /// <summary>The internet gateways of the module with the VPC each is attached to (directly or through an <c>aws_internet_gateway_attachment</c>).</summary>
    public static IEnumerable<(TerraformResourceNode Gateway, TerraformResourceNode? Vpc)> InternetGateways(TerraformModule module)
    {
        foreach (var gateway in module.Resources)
        {
            if (gateway.Type != "aws_internet_gateway")
            {
                continue;
            }

            var vpc = VpcOf(module, gateway);
            if (vpc is null)
            {
                foreach (var attachment in AttachmentsOf(module, gateway))
                {
                    vpc ??= VpcOf(module, attachment);
                }
            }

            yield return (gateway, vpc);
        }
    }

    /// <summary>The <c>aws_internet_gateway_attachment</c> resources that attach <paramref name="gateway"/>.</summary>
    public static IEnumerable<TerraformResourceNode> AttachmentsOf(TerraformModule module, TerraformResourceNode gateway) =>
        module.Resources.Where(r => r.Type == "aws_internet_gateway_attachment"
            && ResourceReferences.Single(module, r.GetArgument("internet_gateway_id"), "aws_internet_gateway") == gateway);
}

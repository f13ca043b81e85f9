using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds default routes to an internet gateway in route tables that subnets marked private use.</summary>
public sealed class PrivateSubnetRoutesToInternetGateway : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2024",
        name: "aws-private-subnet-routes-to-internet-gateway",
        title: "Private subnet routed to the internet gateway",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Finds default routes (`0.0.0.0/0` or `::/0`) whose `gateway_id` is an `aws_internet_gateway` of the
            module (or a literal `igw-…` id): inline `route` blocks of `aws_route_table` and
            `aws_default_route_table` (`dynamic "route"` blocks included) and `aws_route` resources. It follows the
            route table to the subnets that use it, through `aws_route_table_association` (also with `count` and
            `for_each = aws_subnet.x`) or, for the VPC's main table (`aws_main_route_table_association`,
            `aws_default_route_table`), to the VPC's subnets that have no association of their own. A subnet
            counts as private when its resource name or one of its tags has a word starting with `private`
            (`aws_subnet.private`, `Name = "app-private-1a"`, `Tier = "private"`) or it has the
            `kubernetes.io/role/internal-elb` tag, in every instance, and nothing marks it public
            (`map_public_ip_on_launch = true`, a `public` word, the `kubernetes.io/role/elb` tag). A gateway that
            a `dynamic` block takes from its iterator (`gateway_id = route.value.gateway_id`) is not followed: the
            element's reference is not known to be the internet gateway. Modules with override files are skipped.

            ## Why is this bad?
            A subnet whose default route goes to the internet gateway is a public subnet, whatever its name says.
            Instances in it that get a public address (from `map_public_ip_on_launch`, an Elastic IP, a launch
            template) are reachable from the internet and bypass the NAT gateway and its fixed egress address;
            instances without one cannot reach the internet at all, so updates and AWS API calls time out.
            Usually a route table meant for the public subnets was associated with the private ones, or
            `gateway_id` was written where `nat_gateway_id` was meant.

            ## Example
            ```hcl
            resource "aws_route_table" "private" {
              vpc_id = aws_vpc.main.id

              route {
                cidr_block = "0.0.0.0/0"
                gateway_id = aws_internet_gateway.main.id
              }
            }

            resource "aws_route_table_association" "private" {
              subnet_id      = aws_subnet.private.id
              route_table_id = aws_route_table.private.id
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_route_table" "private" {
              vpc_id = aws_vpc.main.id

              route {
                cidr_block     = "0.0.0.0/0"
                nat_gateway_id = aws_nat_gateway.main.id
              }
            }
            ```

            For IPv6, route `::/0` to an `aws_egress_only_internet_gateway` (`egress_only_gateway_id`). If the
            subnet is meant to be public, rename or retag it.

            ## Fix safety
            No fix: whether the subnet should get a NAT route or be renamed is a design decision.
            """,
        tags: ["terraform", "aws", "networking", "security"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    /// <summary>A default route to an internet gateway.</summary>
    private sealed record Route(TerraformResourceNode Table, TerraformAttribute Gateway, TerraformValue Destination, string GatewayName);

    /// <summary>A subnet that uses a route table, and the place that makes it use it.</summary>
    private sealed record Use(TerraformResourceNode Subnet, Location Location, string How);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<TerraformModel>() is not { } model)
        {
            return;
        }

        // An override file changes blocks and arguments of the ones it merges into: what is written is not what is applied.
        foreach (var module in model.Modules.Where(m => !m.HasOverrideFiles))
        {
            var routes = Routes(module).ToList();
            if (routes.Count == 0)
            {
                continue;
            }

            var uses = Uses(module);
            var privacy = new Dictionary<TerraformResourceNode, (string What, Location Location)?>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var route in routes)
            {
                if (!uses.TryGetValue(route.Table, out var tableUses))
                {
                    continue;
                }

                var found = new List<(Use Use, string What, Location Location)>();
                foreach (var use in tableUses)
                {
                    if (!privacy.TryGetValue(use.Subnet, out var marker))
                    {
                        privacy[use.Subnet] = marker = PrivateMarker(use.Subnet);
                    }

                    if (marker is { } privateMarker && reported.Add(route.Gateway.Location + use.Subnet.Address))
                    {
                        found.Add((use, privateMarker.What, privateMarker.Location));
                    }
                }

                if (found.Count == 0)
                {
                    continue;
                }

                var (first, what, _) = found[0];
                var more = found.Count == 1 ? string.Empty : $" (and {found.Count - 1} more private subnet{(found.Count == 2 ? string.Empty : "s")})";
                var destination = route.Destination.AsString;
                var message = $"{route.Table.Address} routes {destination} to the internet gateway {route.GatewayName}, and {first.Subnet.Address} ({what}){more} {(found.Count == 1 ? "uses" : "use")} it, so a private subnet is public: instances there with a public address are reachable from the internet and those without one have no way out; route {destination} to a NAT gateway (nat_gateway_id) instead, or mark the subnet public";
                var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, route.Gateway.Location, message), route.Destination, "the destination");
                foreach (var (use, subnetWhat, location) in found)
                {
                    diagnostic = diagnostic.WithRelated(use.Location, use.How).WithRelated(location, $"{use.Subnet.Address} is marked private: {subnetWhat}");
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static IEnumerable<Route> Routes(TerraformModule module)
    {
        foreach (var resource in module.Resources)
        {
            if (!AwsProviders.IsAws(resource))
            {
                continue;
            }

            switch (resource.Type)
            {
                case "aws_route_table" or "aws_default_route_table":
                    foreach (var route in InlineRoutes(module, resource))
                    {
                        yield return route;
                    }

                    break;
                case "aws_route" when (ResourceReferences.Single(module, resource.GetArgument("route_table_id"), "aws_route_table")
                    ?? ResourceReferences.Single(module, resource.GetArgument("route_table_id"), "aws_default_route_table")) is { } table
                    && resource.GetArgument("gateway_id") is { } gateway:
                    foreach (var scope in ResourceInstances.Of(resource))
                    {
                        if (DefaultDestination(module, resource.Body, ["destination_cidr_block", "destination_ipv6_cidr_block"], scope) is { } destination
                            && InternetGateway(module, gateway, scope) is { } name)
                        {
                            yield return new Route(table, gateway, destination, name);
                            break;
                        }
                    }

                    break;
            }
        }
    }

    private static IEnumerable<Route> InlineRoutes(TerraformModule module, TerraformResourceNode table)
    {
        foreach (var scope in ResourceInstances.Of(table))
        {
            foreach (var block in table.Body.Blocks)
            {
                if (block.Type == "route" && block.Body.GetAttribute("gateway_id") is { } gateway
                    && DefaultDestination(module, block.Body, ["cidr_block", "ipv6_cidr_block"], scope) is { } destination
                    && InternetGateway(module, gateway, scope) is { } name)
                {
                    yield return new Route(table, gateway, destination, name);
                }
                else if (block.Type == "dynamic" && block.Label(0) == "route" && block.Body.GetBlock("content") is { } content
                    && content.Body.GetAttribute("gateway_id") is { } dynamicGateway
                    && module.Evaluator.ExpandDynamic(block, scope) is { } elements)
                {
                    foreach (var element in elements)
                    {
                        if (DefaultDestination(module, content.Body, ["cidr_block", "ipv6_cidr_block"], element) is { } dynamicDestination
                            && InternetGateway(module, dynamicGateway, element) is { } dynamicName)
                        {
                            yield return new Route(table, dynamicGateway, dynamicDestination, dynamicName);
                            break;
                        }
                    }
                }
            }
        }
    }

    private static TerraformValue? DefaultDestination(TerraformModule module, TerraformBody body, string[] names, TerraformScope scope)
    {
        foreach (var name in names)
        {
            if (body.GetAttribute(name) is { } attribute && module.Evaluator.Evaluate(attribute.Expression, scope) is { Kind: TerraformValueKind.String } value
                && value.AsString is "0.0.0.0/0" or "::/0")
            {
                return value;
            }
        }

        return null;
    }

    // An aws_internet_gateway of the module, or a literal igw- id (not a virtual private gateway's vgw-).
    private static string? InternetGateway(TerraformModule module, TerraformAttribute gateway, TerraformScope scope)
    {
        if (ResourceReferences.Single(module, gateway, "aws_internet_gateway") is { } resource)
        {
            return resource.Address;
        }

        return module.Evaluator.Evaluate(gateway.Expression, scope) is { Kind: TerraformValueKind.String } value
            && value.AsString.StartsWith("igw-", StringComparison.Ordinal) ? value.AsString : null;
    }

    // Route table → the subnets that use it: explicit associations, then the main table's implicit ones.
    private static Dictionary<TerraformResourceNode, List<Use>> Uses(TerraformModule module)
    {
        var uses = new Dictionary<TerraformResourceNode, List<Use>>();
        var associated = new HashSet<TerraformResourceNode>();
        void Add(TerraformResourceNode table, Use use)
        {
            if (!uses.TryGetValue(table, out var list))
            {
                uses[table] = list = [];
            }

            list.Add(use);
        }

        var mainTables = new List<(TerraformResourceNode Vpc, TerraformResourceNode Table, Location Location, string How)>();
        var unresolved = false;
        foreach (var resource in module.Resources)
        {
            switch (resource.Type)
            {
                case "aws_route_table_association":
                    if (SubnetOf(module, resource) is not { } subnet)
                    {
                        // It may associate any of the module's subnets, so none of them is known to use the main table.
                        unresolved |= resource.GetArgument("subnet_id") is not null;
                        continue;
                    }

                    associated.Add(subnet);
                    if ((ResourceReferences.Single(module, resource.GetArgument("route_table_id"), "aws_route_table")
                        ?? ResourceReferences.Single(module, resource.GetArgument("route_table_id"), "aws_default_route_table")) is { } table)
                    {
                        Add(table, new Use(subnet, resource.GetArgument("subnet_id")?.Location ?? resource.Location, $"{resource.Address} associates {subnet.Address} with {table.Address}"));
                    }

                    break;
                case "aws_main_route_table_association"
                    when ResourceReferences.Single(module, resource.GetArgument("vpc_id"), "aws_vpc") is { } vpc
                    && ResourceReferences.Single(module, resource.GetArgument("route_table_id"), "aws_route_table") is { } main:
                    mainTables.Add((vpc, main, resource.Location, $"{resource.Address} makes {main.Address} the main route table of {vpc.Address}"));
                    break;
                case "aws_default_route_table"
                    when ResourceReferences.Single(module, resource.GetArgument("default_route_table_id"), "aws_vpc") is { } defaultVpc:
                    mainTables.Add((defaultVpc, resource, resource.Location, $"{resource.Address} is the main route table of {defaultVpc.Address}"));
                    break;
            }
        }

        foreach (var (vpc, table, location, how) in unresolved ? [] : mainTables)
        {
            foreach (var subnet in module.Resources)
            {
                if (subnet.Type == "aws_subnet" && !associated.Contains(subnet) && AwsNetworkResources.VpcOf(module, subnet) == vpc)
                {
                    Add(table, new Use(subnet, location, $"{how}, which {subnet.Address} uses without an association of its own"));
                }
            }
        }

        return uses;
    }

    // subnet_id = aws_subnet.x[count.index].id, or each.value.id under for_each = aws_subnet.x.
    private static TerraformResourceNode? SubnetOf(TerraformModule module, TerraformResourceNode association)
    {
        if (ResourceReferences.Single(module, association.GetArgument("subnet_id"), "aws_subnet") is { } subnet)
        {
            return subnet;
        }

        return association.GetArgument("subnet_id") is { } attribute
            && TerraformReferenceCollector.Collect(attribute.Expression).Any(r => r is { Kind: TerraformReferenceKind.Each, Name: "value" })
            ? ResourceReferences.Single(module, association.ForEach, "aws_subnet")
            : null;
    }

    // Private in every known instance, public in none; the resource name counts for all instances.
    private static (string What, Location Location)? PrivateMarker(TerraformResourceNode subnet)
    {
        (string, Location)? byName = ResourceTags.HasWord(subnet.Name, "private") ? ($"its name {subnet.Name}", subnet.Block.Location) : null;
        if (ResourceTags.HasWord(subnet.Name, "public"))
        {
            return null;
        }

        (string, Location)? byTag = null;
        var instances = 0;
        var tagged = 0;
        foreach (var scope in ResourceInstances.Of(subnet))
        {
            instances++;
            if (ResourceInstances.Bool(subnet, "map_public_ip_on_launch", scope) == true)
            {
                return null;
            }

            (string, Location)? instanceTag = null;
            foreach (var (key, value) in ResourceTags.Of(subnet, scope))
            {
                if (key == "kubernetes.io/role/elb" || ResourceTags.HasWord(value, "public"))
                {
                    return null;
                }

                if (instanceTag is null && (key == "kubernetes.io/role/internal-elb" || ResourceTags.HasWord(value, "private")))
                {
                    instanceTag = (key == "kubernetes.io/role/internal-elb" ? $"tag {key}" : $"tag {key} = \"{value}\"", ResourceTags.LocationOf(subnet, key));
                }
            }

            if (instanceTag is not null)
            {
                tagged++;
                byTag ??= instanceTag;
            }
        }

        return byName ?? (instances > 0 && tagged == instances ? byTag : null);
    }
}

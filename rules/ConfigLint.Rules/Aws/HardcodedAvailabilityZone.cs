using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds Availability Zone names written as literals where <c>data.aws_availability_zones</c> would name them.</summary>
public sealed class HardcodedAvailabilityZone : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2040",
        name: "aws-hardcoded-availability-zone",
        title: "Availability Zone written as a literal",
        messageFormat: "{0}",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Evaluates the zone arguments of subnets, instances, EBS volumes, RDS instances and clusters, Auto
            Scaling groups, EFS file systems and ElastiCache clusters (per `count`/`for_each` instance, through
            locals) and reports a standard zone name such as `us-east-1a` that is written in the module itself: in
            the argument, or in a local it reads. A zone that comes from a variable (its default, a tfvars file, a
            module input) or from `data.aws_availability_zones` is not reported, nor are Local and Wavelength Zones
            (`us-west-2-lax-1a`), which are picked on purpose, nor resources that an override file merges into.

            ## Why is this bad?
            Zone letters are not the same everywhere: accounts and regions differ in which zones they have and
            which are available, so a module with `us-east-1e` cannot be reused in another region, fails in
            accounts where that zone is not offered (`InvalidParameterValue … availabilityZone is invalid`), and
            has to be edited in every resource when it moves. The `aws_availability_zones` data source lists the
            zones that the provider's region actually offers.

            ## Example
            ```hcl
            resource "aws_subnet" "private" {
              vpc_id            = aws_vpc.main.id
              cidr_block        = "10.0.1.0/24"
              availability_zone = "us-east-1a"
            }
            ```

            ## Use instead
            ```hcl
            data "aws_availability_zones" "available" {
              state = "available"
            }

            resource "aws_subnet" "private" {
              vpc_id            = aws_vpc.main.id
              cidr_block        = "10.0.1.0/24"
              availability_zone = data.aws_availability_zones.available.names[0]
            }
            ```

            A variable (`availability_zone = var.availability_zone`) is fine too when callers must choose the zone.

            ## Fix safety
            No fix: the data source has to be added and the zone chosen by index, which changes which zone a
            resource lands in.
            """,
        tags: ["terraform", "aws", "networking", "portability"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, ZoneArguments.Types);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node) || ResourceInstances.IsOverridden(node))
        {
            return;
        }

        // One finding per argument, naming every literal zone its instances get (count over a list of zones).
        var found = new Dictionary<TerraformAttribute, (List<string> Zones, List<TerraformValue> Values, HashSet<string> Regions)>();
        foreach (var scope in ResourceInstances.Of(node))
        {
            foreach (var (attribute, zone, value) in ZoneArguments.Zones(node, scope))
            {
                if (AvailabilityZones.RegionOfZone(zone) is not { } region || FromOutside(value))
                {
                    continue;
                }

                if (!found.TryGetValue(attribute, out var entry))
                {
                    found[attribute] = entry = ([], [], []);
                }

                if (!entry.Zones.Contains(zone))
                {
                    entry.Zones.Add(zone);
                    entry.Values.Add(value);
                    entry.Regions.Add(region);
                }
            }
        }

        foreach (var (attribute, (zones, values, regions)) in found)
        {
            var written = string.Join(", ", zones.Select(z => $"\"{z}\""));
            var verb = zones.Count == 1 ? "is a literal" : "are literals";
            var message = $"{attribute.Name} {written} of {node.Address} {verb}, which ties the module to {string.Join(" and ", regions.Order(StringComparer.Ordinal))} and to zone letters that differ between accounts; read the zone from data.aws_availability_zones (names[0], …) or take it from a variable";
            var diagnostic = Diagnostic.Create(Rule, attribute.Location, message);
            foreach (var origin in values.SelectMany(v => v.Origins).DistinctBy(o => o.Location))
            {
                if (!origin.Location.IsNone && origin.Location != attribute.Location)
                {
                    diagnostic = diagnostic.WithRelated(origin.Location, $"the zone comes from {origin.Description}");
                }
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    // A zone that a variable, a tfvars file, a module input or the command line supplies is the caller's choice.
    private static bool FromOutside(TerraformValue value)
    {
        foreach (var origin in value.Origins)
        {
            var description = origin.Description;
            if (description.StartsWith("default of variable", StringComparison.Ordinal) || description.StartsWith("value of ", StringComparison.Ordinal)
                || description.StartsWith("input ", StringComparison.Ordinal) || description.StartsWith("--var ", StringComparison.Ordinal)
                || description.StartsWith("output ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

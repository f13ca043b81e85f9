using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds Availability Zones that are not in the region the resource is created in, or do not exist there.</summary>
public sealed class AvailabilityZoneOutsideRegion : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2023",
        name: "aws-availability-zone-outside-region",
        title: "Availability Zone outside the provider's region",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates the zone arguments of subnets, instances, EBS volumes, RDS instances and clusters, Auto
            Scaling groups, EFS file systems and ElastiCache clusters, and the region they are created in: their
            own `region` argument (provider 6.x), else the `region` of the provider configuration they select
            (`provider = aws.west`), followed into called modules through `providers = { … }` or the caller's
            default configuration. It reports a zone of another region (`us-west-2a` under `us-east-1`) and a zone
            letter the region does not have (`us-east-2d`), using `rules/data/aws/availability-zones.txt` for the
            letters. Local and Wavelength Zones of the region are accepted. Nothing is reported when the region is
            not known before apply (taken from the environment, an unset variable).

            ## Why is this bad?
            `apply` fails creating the resource: `InvalidParameterValue: Value (us-west-2a) for parameter
            availabilityZone is invalid. Subnets can currently only be created in the following availability zones:
            us-east-1a, …`.

            ## Example
            ```hcl
            provider "aws" {
              region = "us-east-1"
            }

            resource "aws_subnet" "private" {
              vpc_id            = aws_vpc.main.id
              cidr_block        = "10.0.1.0/24"
              availability_zone = "us-west-2a"
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
            """,
        tags: ["terraform", "aws", "networking"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, ZoneArguments.Types);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node))
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in ResourceInstances.Of(node))
        {
            if (AwsRegions.RegionOf(node, scope) is not { } region)
            {
                continue;
            }

            foreach (var (attribute, zone, value) in ZoneArguments.Zones(node, scope))
            {
                if (Problem(region.Region, zone) is not { } problem || !reported.Add(attribute.Location + zone + region.Region))
                {
                    continue;
                }

                var letters = AvailabilityZones.LettersOf(region.Region);
                var zones = letters is null ? "data.aws_availability_zones" : string.Join(", ", letters.Select(l => region.Region + l));
                var message = $"{attribute.Name} \"{zone}\" {problem}, so AWS rejects {node.Address} (\"InvalidParameterValue … availabilityZone is invalid\"); use a zone of {region.Region} ({zones}), best read from data.aws_availability_zones";
                var diagnostic = Diagnostic.Create(Rule, attribute.Location, message).WithRelated(region.Location, $"the region {region.Region} comes from {region.Description}");
                diagnostic = ResourceInstances.WithOrigins(ResourceInstances.WithOrigins(diagnostic, value, "the zone"), region.Value, "the region");
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static string? Problem(string region, string zone)
    {
        if (zone.StartsWith(region + "-", StringComparison.Ordinal))
        {
            return null;
        }

        var zoneRegion = AvailabilityZones.RegionOfZone(zone);
        if (zoneRegion is null)
        {
            return null;
        }

        if (zoneRegion != region)
        {
            return $"is a zone of {zoneRegion}, not of {region} where the resource is created";
        }

        return AvailabilityZones.LettersOf(region) is { } letters && !letters.Contains(zone[^1], StringComparison.Ordinal)
            ? $"does not exist: {region} has no zone '{zone[^1]}'"
            : null;
    }
}

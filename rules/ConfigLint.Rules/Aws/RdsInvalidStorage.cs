using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Rules.Aws.Rds;
using ConfigLint.Rules.Terraform;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds RDS storage settings that RDS rejects: gp3 <c>iops</c> below the engine's size threshold, io1/io2 without <c>iops</c>, sizes out of bounds.</summary>
public sealed class RdsInvalidStorage : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2015",
        name: "aws-rds-invalid-storage",
        title: "RDS storage settings that RDS rejects",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates the storage arguments of `aws_db_instance` (through variables, tfvars and locals) and
            reports, for the engines `rules/data/rds/storage.json` covers (postgres, mysql, mariadb and Oracle):

            - `iops` or `storage_throughput` with `storage_type = "gp3"` below the engine's threshold (400 GiB for
              postgres, mysql and mariadb, 200 GiB for Oracle): such volumes have a fixed baseline of 3,000 IOPS
              and 125 MiBps;
            - `storage_type = "io1"` or `"io2"` without `iops`, and `iops` outside 0.5–50 IOPS per GiB;
            - `allocated_storage` outside the engine's bounds for the storage type (20–65,536 GiB for gp2/gp3,
              100–65,536 GiB for io1/io2, 5–3,072 GiB for magnetic storage on postgres, mysql and mariadb).

            The table and its sources are in `rules/data/rds/storage.json` (Amazon RDS User Guide, "Amazon RDS DB
            instance storage", and the CreateDBInstance API reference).

            ## Why is this bad?
            `plan` succeeds; `apply` fails with `InvalidParameterCombination: You can't specify IOPS or storage
            throughput for engine postgres and a storage size less than 400.` (or the io1/size equivalents) after
            the rest of the stack was created.

            ## Example
            ```hcl
            resource "aws_db_instance" "main" {
              engine             = "postgres"
              instance_class     = "db.t3.micro"
              allocated_storage  = 100
              storage_type       = "gp3"
              iops               = 3000
              storage_throughput = 125
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_db_instance" "main" {
              engine            = "postgres"
              instance_class    = "db.t3.micro"
              allocated_storage = 100
              storage_type      = "gp3"
            }
            ```

            ## Fix safety
            For gp3 below the threshold the fix deletes the `iops` or `storage_throughput` line. It is safe: RDS
            would not accept the value, and without it the volume gets the same baseline it would have.
            """,
        tags: ["terraform", "aws", "rds"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_db_instance");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node))
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in ResourceInstances.Of(node))
        {
            if (ResourceInstances.String(node, "engine", scope) is not { } engine || RdsStorageLimits.For(engine) is not { } limits)
            {
                continue;
            }

            var storageType = ResourceInstances.String(node, "storage_type", scope);
            var allocated = ResourceInstances.Number(node, "allocated_storage", scope);
            var iops = Set(node, "iops", scope);
            foreach (var diagnostic in Check(node, scope, engine, limits, storageType, allocated, iops))
            {
                if (reported.Add(diagnostic.Location + diagnostic.Message))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Check(TerraformResourceNode node, TerraformScope scope, string engine, RdsStorageLimits limits, string? storageType, decimal? allocated, TerraformValue? iops)
    {
        var allocatedValue = ResourceInstances.Argument(node, "allocated_storage", scope);
        if (storageType == "gp3" && allocated is { } size && size < limits.Gp3ThresholdGiB)
        {
            foreach (var name in new[] { "iops", "storage_throughput" })
            {
                if (Set(node, name, scope) is not null && node.GetArgument(name) is { } attribute)
                {
                    var message = $"{name} on gp3 storage of {Format(size)} GiB: RDS gives {engine} gp3 volumes under {limits.Gp3ThresholdGiB} GiB a fixed baseline of 3,000 IOPS and 125 MiBps and rejects {name} (\"You can't specify IOPS or storage throughput for engine {engine} and a storage size less than {limits.Gp3ThresholdGiB}\"); remove {name}, or allocate at least {limits.Gp3ThresholdGiB} GiB";
                    var diagnostic = Related(Diagnostic.Create(Rule, attribute.Location, message), node, "allocated_storage", allocatedValue);
                    if (!attribute.Expression.IsJson && ArgumentEdits.WholeLines(node.Tree.Text, attribute.Location.Span) is { } lines)
                    {
                        diagnostic = diagnostic.WithFix(CodeFix.Create($"Remove {name}", TextEdit.Delete(node.Tree.Path, lines)));
                    }

                    yield return diagnostic;
                }
            }
        }

        if (storageType is "io1" or "io2" && node.GetArgument("storage_type") is { } typeAttribute)
        {
            if (node.GetArgument("iops") is null || ResourceInstances.Argument(node, "iops", scope) is { IsNull: true })
            {
                yield return Diagnostic.Create(Rule, typeAttribute.Location,
                    $"storage_type = \"{storageType}\" is Provisioned IOPS storage, which needs iops; without it RDS rejects the instance; set iops (between {Format(limits.MinIopsPerGiB)} and {Format(limits.MaxIopsPerGiB)} per GiB of allocated_storage) or use gp3");
            }
            else if (iops is { Kind: TerraformValueKind.Number } known && allocated is { } size2 && node.GetArgument("iops") is { } iopsAttribute)
            {
                var low = size2 * limits.MinIopsPerGiB;
                var high = size2 * limits.MaxIopsPerGiB;
                if (known.AsNumber < low || known.AsNumber > high)
                {
                    var message = $"iops = {Format(known.AsNumber)} is outside what RDS allows for {Format(size2)} GiB of {storageType} storage ({Format(low)}–{Format(high)}, {Format(limits.MinIopsPerGiB)} to {Format(limits.MaxIopsPerGiB)} IOPS per GiB), so RDS rejects the instance; change iops or allocated_storage";
                    yield return Related(ResourceInstances.WithOrigins(Diagnostic.Create(Rule, iopsAttribute.Location, message), known, "iops"), node, "allocated_storage", allocatedValue);
                }
            }
        }

        var effectiveType = storageType ?? (iops is not null ? "io1" : "gp2");
        if (allocated is { } amount && limits.Allocated.TryGetValue(effectiveType, out var bounds) && (amount < bounds.Min || amount > bounds.Max)
            && node.GetArgument("allocated_storage") is { } allocatedAttribute && allocatedValue is not null)
        {
            var typeText = storageType is null ? $"{effectiveType} storage (the default without storage_type)" : $"{effectiveType} storage";
            var message = $"allocated_storage = {Format(amount)} GiB is outside what RDS allows for {engine} on {typeText}: {Format(bounds.Min)}–{Format(bounds.Max)} GiB, so RDS rejects the instance";
            yield return ResourceInstances.WithOrigins(Diagnostic.Create(Rule, allocatedAttribute.Location, message), allocatedValue, "allocated_storage");
        }
    }

    // The value of an argument that is written, known and not null: a value that may be null is not counted.
    private static TerraformValue? Set(TerraformResourceNode node, string name, TerraformScope scope) =>
        ResourceInstances.Argument(node, name, scope) is { IsKnown: true, IsNull: false } value ? value : null;

    private static Diagnostic Related(Diagnostic diagnostic, TerraformResourceNode node, string name, TerraformValue? value)
    {
        if (node.GetArgument(name) is { } attribute)
        {
            diagnostic = diagnostic.WithRelated(attribute.Location, $"{name} is set here");
        }

        return value is null ? diagnostic : ResourceInstances.WithOrigins(diagnostic, value, name);
    }

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

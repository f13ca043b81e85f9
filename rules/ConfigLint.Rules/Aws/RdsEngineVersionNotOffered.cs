using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Rules.Aws.Rds;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds RDS and Aurora engine versions that RDS does not offer, e.g. postgres <c>15.4</c>.</summary>
public sealed class RdsEngineVersionNotOffered : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2011",
        name: "aws-rds-engine-version-not-offered",
        title: "RDS engine version not offered",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates `engine` and `engine_version` of `aws_db_instance`, `aws_rds_cluster` and
            `aws_rds_cluster_instance` (through variables, tfvars, locals and module inputs) and checks the pair
            against the versions RDS offers for postgres, mysql, mariadb, aurora-postgresql and aurora-mysql. A
            major version alone (`"15"`, `"8.0"`) is valid when RDS offers some minor of it. The finding is at the
            `engine_version` argument, with the variable default or tfvars line that supplied the value as related
            locations, and names the nearest offered minor of the same major.

            The versions come from `rules/data/rds/engine-versions.json` (the output of
            `describe-db-engine-versions --include-all` in us-east-1 as of the date recorded there; see
            `rules/data/README.md`). Versions are per region and change every month: refresh them with

            ```sh
            aws rds describe-db-engine-versions --include-all --output json > versions.json
            configlint data update-rds versions.json      # writes .configlint/rds-engine-versions.json
            ```

            and point the rule at the file:

            ```yaml
            rules:
              CL2011:
                options:
                  engine-versions: .configlint/rds-engine-versions.json
            ```

            The file replaces the built-in data for the engines it lists. The built-in data does not know which
            MariaDB versions are deprecated, so for mariadb only versions RDS never had are reported.

            ## Why is this bad?
            `terraform plan` succeeds, then `apply` fails after the rest of the stack was created:
            `InvalidParameterCombination: Cannot find version 15.4 for postgres`. Deprecated minors can no longer
            be used for new databases even though existing ones may still run them.

            ## Example
            ```hcl
            variable "db_engine_version" {
              default = "15.4"
            }

            resource "aws_db_instance" "main" {
              engine         = "postgres"
              engine_version = var.db_engine_version
              instance_class = "db.t3.micro"
            }
            ```

            ## Use instead
            ```hcl
            variable "db_engine_version" {
              default = "15.14"
            }
            ```

            ## Fix safety
            When the version is written as a plain string (at the use or in the one default or tfvars line it comes
            from), the fix replaces it with the nearest offered minor. It is unsafe: it changes what is deployed,
            and a variable default may be used elsewhere.

            ## Options
            `engine-versions`: a file in the shape of `describe-db-engine-versions` output, relative to the
            workspace root, that replaces the built-in versions of the engines it lists.
            """,
        tags: ["terraform", "aws", "rds"]);

    private static readonly ConcurrentDictionary<string, Lazy<RdsEngineVersionCatalog>> UserCatalogs = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance");

    /// <summary>The versions to check against: the built-in data, with the engines of the configured file replaced.</summary>
    internal static RdsEngineVersionCatalog CatalogFor(AnalyzerOptions options)
    {
        if (options.GetRuleOptions(Rule.Id)?.GetString("engine-versions") is not { Length: > 0 } configured)
        {
            return RdsEngineVersionCatalog.BuiltIn;
        }

        var path = Path.GetFullPath(Path.Combine(options.WorkspaceRoot, configured));
        var info = new FileInfo(path);
        var key = $"{path}\t{(info.Exists ? info.Length + ":" + info.LastWriteTimeUtc.Ticks : "missing")}";
        var lazy = UserCatalogs.GetOrAdd(key, _ => new Lazy<RdsEngineVersionCatalog>(() => Load(path, configured), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    private static RdsEngineVersionCatalog Load(string path, string configured)
    {
        try
        {
            return RdsEngineVersionCatalog.BuiltIn.WithOverrides(RdsEngineVersionCatalog.Parse(File.ReadAllText(path), configured));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new InvalidOperationException($"{Rule.Id} option engine-versions: '{configured}' {exception.Message}", exception);
        }
    }

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node) || node.GetArgument("engine_version") is not { } attribute)
        {
            return;
        }

        var catalog = CatalogFor(context.Options);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in ResourceInstances.Of(node))
        {
            if (ResourceInstances.String(node, "engine", scope) is not { } engine || !catalog.Covers(engine)
                || ResourceInstances.Argument(node, "engine_version", scope) is not { Kind: TerraformValueKind.String } value)
            {
                continue;
            }

            var version = value.AsString;
            if (Problem(catalog, engine, version) is not { } problem || !reported.Add(version))
            {
                continue;
            }

            var major = RdsEngineVersionCatalog.MajorOf(engine, version);
            var nearest = catalog.NearestOffered(engine, major, version);
            var advice = nearest is not null
                ? $"use {nearest.Version} (the nearest {engine} {major} minor RDS offers) or \"{major}\" for RDS's default minor"
                : $"use one of the {engine} majors RDS offers: {string.Join(", ", catalog.OfferedMajors(engine))}";
            var message = $"RDS does not offer {engine} {version} ({problem}), so apply fails with \"Cannot find version {version} for {engine}\"; {advice}";
            var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), value, "engine_version");
            if (nearest is not null && Fix(context.Graph, attribute, value, version, nearest.Version) is { } fix)
            {
                diagnostic = diagnostic.WithFix(fix);
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    // Why a version cannot be used, or null when it can.
    private static string? Problem(RdsEngineVersionCatalog catalog, string engine, string version)
    {
        if (catalog.Find(engine, version) is { } entry)
        {
            return entry.IsOffered ? null : "deprecated: new databases cannot be created with it";
        }

        var major = RdsEngineVersionCatalog.MajorOf(engine, version);
        if (version == major)
        {
            return catalog.OffersMajor(engine, major) ? null : "no minor of that major is offered";
        }

        return $"not in the versions RDS lists for {engine}";
    }

    // Replace the string literal where it is written: at the use, or at the one origin (default, tfvars line) it came from.
    private static CodeFix? Fix(ConfigGraph graph, TerraformAttribute attribute, TerraformValue value, string version, string replacement)
    {
        var places = value.Origins.IsEmpty ? [attribute.Expression.Location] : value.Origins.Where(o => !o.Location.IsNone).Select(o => o.Location).ToList();
        var quoted = $"\"{version}\"";
        foreach (var place in places)
        {
            if (graph.FindTree(place.Path) is not { } tree || place.Span.End > tree.Text.Length)
            {
                continue;
            }

            var text = tree.Text.ToString(place.Span);
            var at = text.IndexOf(quoted, StringComparison.Ordinal);
            if (at >= 0 && text.IndexOf(quoted, at + 1, StringComparison.Ordinal) < 0)
            {
                var span = new TextSpan(place.Span.Start + at + 1, version.Length);
                return CodeFix.Create($"Use {replacement}", new TextEdit(place.Path, span, replacement), FixSafety.Unsafe);
            }
        }

        return null;
    }
}

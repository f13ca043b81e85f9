using System.Collections.Concurrent;
using ConfigLint.Analysis;
using ConfigLint.Rules.Aws.Rds;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// The RDS parameter data the parameter rules check against: the built-in curated data, with the families that
/// <c>configlint data update-rds-parameters</c> wrote (by default under <c>.configlint/rds-parameters/</c>) replaced by
/// those whole listings.
/// </summary>
internal static class RdsParameterSources
{
    /// <summary>The rule option naming another directory.</summary>
    public const string OptionName = "rds-parameters";

    private static readonly ConcurrentDictionary<string, Lazy<RdsParameterCatalog>> Catalogs = new(StringComparer.Ordinal);

    /// <summary>The catalog for a workspace: the rule's own <c>rds-parameters</c> option, else CL2012's, else the default directory.</summary>
    public static RdsParameterCatalog For(AnalyzerOptions options, string ruleId)
    {
        var configured = options.GetRuleOptions(ruleId)?.GetString(OptionName) ?? options.GetRuleOptions("CL2012")?.GetString(OptionName);
        if (string.IsNullOrEmpty(options.WorkspaceRoot) && configured is null)
        {
            return RdsParameterCatalog.BuiltIn;
        }

        var directory = Path.GetFullPath(Path.Combine(options.WorkspaceRoot, configured ?? RdsParameterCatalog.DefaultUserDirectory));
        if (!Directory.Exists(directory))
        {
            return configured is null ? RdsParameterCatalog.BuiltIn
                : throw new InvalidOperationException($"{ruleId} option {OptionName}: directory '{configured}' does not exist");
        }

        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        var key = directory + "\t" + string.Join("\t", files.Select(f => { var info = new FileInfo(f); return $"{f}:{info.Length}:{info.LastWriteTimeUtc.Ticks}"; }));
        return Catalogs.GetOrAdd(key, _ => new Lazy<RdsParameterCatalog>(() => Load(files, configured ?? RdsParameterCatalog.DefaultUserDirectory), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static RdsParameterCatalog Load(string[] files, string shown)
    {
        var overrides = new List<(RdsParameterFamily, bool)>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var cluster = name.EndsWith(".cluster.json", StringComparison.Ordinal);
            var family = name[..^(cluster ? ".cluster.json".Length : ".json".Length)];
            try
            {
                overrides.Add((RdsParameterCatalog.ParseListing(File.ReadAllText(file), family, $"{shown}/{name}"), cluster));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new InvalidOperationException($"RDS parameters '{shown}/{name}' {exception.Message}", exception);
            }
        }

        return RdsParameterCatalog.BuiltIn.WithOverrides(overrides);
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Fixes;
using ConfigLint.Model;

namespace ConfigLint;

/// <summary>What to lint and how: the inputs of <see cref="Linter.Run"/>.</summary>
public sealed record LintRequest
{
    /// <summary>Files, directories or globs; empty means the current directory.</summary>
    public ImmutableArray<string> Paths { get; init; } = [];

    /// <summary>The directory relative paths are resolved against.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>An explicit configuration file (<c>--config</c>); otherwise one is looked for upwards from the first path.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>Configuration given in code; wins over any file.</summary>
    public LintConfiguration? Configuration { get; init; }

    /// <summary>An explicit workspace root; otherwise derived from the configuration file or the git repository.</summary>
    public string? Root { get; init; }

    /// <summary>Report findings in context files too (a named file's module directory), not only the named files.</summary>
    public bool ReportAllFiles { get; init; }

    /// <summary>Which fixes to write to disk.</summary>
    public FixMode Fix { get; init; }

    /// <summary>Degree of parallelism; 0 uses every core.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>The analyzers to run (built-in rules, plugins, or your own).</summary>
    public IReadOnlyList<ConfigAnalyzer> Analyzers { get; init; } = [];

    /// <summary>
    /// Loads the analyzers of the configuration's <c>plugins:</c> (paths relative to the configuration file's
    /// directory). Null where plugins cannot be loaded (NativeAOT); configuring plugins is then an error.
    /// </summary>
    public Func<IReadOnlyList<string>, string, IReadOnlyList<ConfigAnalyzer>>? LoadPlugins { get; init; }

    /// <summary>
    /// How long parsing one file, or one analyzer callback, may take before it is abandoned and reported; the run goes
    /// on without it. Generous by default: only a hang should reach it.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>terraform providers schema -json</c> files from the command line (<c>--provider-schema</c>), relative to
    /// <see cref="CurrentDirectory"/>; they come after those of the configuration file.
    /// </summary>
    public ImmutableArray<string> ProviderSchemaFiles { get; init; } = [];

    /// <summary>
    /// Reads and checks the provider schema files (absolute paths) before analysis, throwing
    /// <see cref="ConfigurationException"/> naming a bad file (exit code 2). The built-in rules'
    /// <c>ProviderCatalogs.Preload</c> is the usual value; when null, files are only checked to exist and rules
    /// read them when they first need them.
    /// </summary>
    public Action<ImmutableArray<string>>? LoadProviderSchemas { get; init; }

    /// <summary>Extra binding inputs such as Terraform <c>--var-file</c>.</summary>
    public BindingSettings Binding { get; init; } = BindingSettings.Default;
}

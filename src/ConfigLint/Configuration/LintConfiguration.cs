using ConfigLint.Workspaces;
using System.Collections.Immutable;

namespace ConfigLint.Configuration;

/// <summary>The contents of a <c>.configlint.yaml</c> (all optional).</summary>
public sealed record LintConfiguration
{
    /// <summary>No configuration file.</summary>
    public static LintConfiguration Empty { get; } = new();

    /// <summary>Absolute path of the file this came from; null when there is none.</summary>
    public string? FilePath { get; init; }

    /// <summary>Only files matching one of these (workspace-relative globs) are analyzed; empty means all.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Files matching any of these are skipped.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Rule severities and options, in file order.</summary>
    public ImmutableArray<RuleSetting> Rules { get; init; } = [];

    /// <summary>Analyzer assemblies to load, relative to the configuration file.</summary>
    public ImmutableArray<string> Plugins { get; init; } = [];

    /// <summary>Terraform variable files applied after <c>terraform.tfvars</c> and <c>*.auto.tfvars</c>.</summary>
    public ImmutableArray<string> TerraformVarFiles { get; init; } = [];

    /// <summary>
    /// <c>terraform providers schema -json</c> files (relative to the configuration file) that replace or extend the
    /// built-in provider catalogs.
    /// </summary>
    public ImmutableArray<string> TerraformProviderSchemas { get; init; } = [];

    /// <summary>Largest file analyzed, in bytes; larger files get <c>CL0004</c>.</summary>
    public long MaxFileSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Longest line analyzed, in characters; a file with a longer line gets <c>CL0004</c>.</summary>
    public int MaxLineLength { get; init; } = SourceFileReader.DefaultMaxLineLength;

    /// <summary>Whether <c>.gitignore</c> files are honoured.</summary>
    public bool RespectGitIgnore { get; init; } = true;
}

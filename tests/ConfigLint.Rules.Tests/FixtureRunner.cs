using System.Text;
using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Fixes;

namespace ConfigLint.Rules.Tests;

/// <summary>Lints a fixture in a scratch copy with only its rule's analyzer, and renders the snapshot text.</summary>
public static class FixtureRunner
{
    public static (LintResult Result, string Snapshot, string? FixedText) Lint(FixtureCase fixture, FixMode fix = FixMode.None)
    {
        var scratch = CopyToScratch(fixture);
        try
        {
            var analyzer = FindAnalyzer(fixture.RuleId);
            // A rule on by default runs unconfigured, so a finding it reports below its default severity keeps that severity.
            var enabled = new RuleSetting(fixture.RuleId, IsEnabledByDefault(analyzer, fixture.RuleId) ? null : EnabledSeverity(analyzer, fixture.RuleId), null, Text.Location.None);
            var configFile = Path.Combine(scratch, ".configlint.yaml");
            var configuration = File.Exists(configFile) ? ConfigurationLoader.Load(configFile) : LintConfiguration.Empty with { FilePath = configFile };
            var request = new LintRequest
            {
                Paths = ["."],
                CurrentDirectory = scratch,
                Root = scratch,
                // A rule on by default runs unconfigured, so findings it reports below its default severity (notes
                // from curated data) keep their severity in the snapshot.
                Configuration = analyzer?.SupportedDiagnostics.First(d => d.Id == fixture.RuleId).IsEnabledByDefault == true
                    ? configuration
                    : configuration with { Rules = [enabled, .. configuration.Rules] },
                Analyzers = analyzer is null ? [] : [analyzer],
                Fix = fix,
                MaxParallelism = 1,
            };
            var result = Linter.Run(request);
            var snapshot = Render(result.Diagnostics.Where(d => d.Id == fixture.RuleId));
            var fixedText = fix != FixMode.None && !fixture.IsDirectory
                ? File.ReadAllText(Path.Combine(scratch, fixture.Name))
                : null;
            return (result, snapshot, fixedText);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    public static ConfigAnalyzer? FindAnalyzer(string ruleId) =>
        BuiltInAnalyzers.Create().FirstOrDefault(a => a.SupportedDiagnostics.Any(d => d.Id == ruleId));

    /// <summary>The snapshot format: <c>path:line:col: severity ID message</c>, one per line, plus related locations.</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append($"{d.Location.Path}:{d.Location.StartLine}:{d.Location.StartColumn}-{d.Location.EndLine}:{d.Location.EndColumn}: {d.Severity.ToName()} {d.Id} {d.Message}");
            if (d.IsSuppressed)
            {
                builder.Append(" (suppressed)");
            }

            builder.Append('\n');
            foreach (var related in d.RelatedLocations)
            {
                builder.Append($"  related {related.Location.Path}:{related.Location.StartLine}:{related.Location.StartColumn}: {related.Message}\n");
            }

            foreach (var fix in d.Fixes)
            {
                builder.Append($"  fix ({fix.Safety.ToString().ToLowerInvariant()}): {fix.Title}\n");
            }
        }

        return builder.ToString();
    }

    private static bool IsEnabledByDefault(ConfigAnalyzer? analyzer, string ruleId) =>
        analyzer?.SupportedDiagnostics.First(d => d.Id == ruleId).IsEnabledByDefault ?? false;

    private static DiagnosticSeverity EnabledSeverity(ConfigAnalyzer? analyzer, string ruleId) =>
        analyzer?.SupportedDiagnostics.First(d => d.Id == ruleId).DefaultSeverity ?? DiagnosticSeverity.Warning;

    private static string CopyToScratch(FixtureCase fixture)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "configlint-fixture-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        if (fixture.IsDirectory)
        {
            CopyDirectory(fixture.InputPath, scratch);
        }
        else
        {
            File.Copy(fixture.InputPath, Path.Combine(scratch, fixture.Name));
        }

        return scratch;
    }

    // A fixture cannot hold a real `.git` or `.gitignore` (git would treat them as the repository's own), so `_git` and
    // `_gitignore` are copied under those names: a directory fixture with `_git/` is a git repository.
    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Renamed(Path.GetRelativePath(source, directory))));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Renamed(Path.GetRelativePath(source, file))));
        }
    }

    private static string Renamed(string relativePath) => string.Join(Path.DirectorySeparatorChar,
        relativePath.Split(Path.DirectorySeparatorChar).Select(part => part switch { "_git" => ".git", "_gitignore" => ".gitignore", _ => part }));
}

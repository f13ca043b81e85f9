using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;

namespace ConfigLint;

/// <summary>Everything a run produced, ready for a formatter: findings, the files they are in, and the enabled rules.</summary>
public sealed record LintResult
{
    /// <summary>Absolute path of the workspace root; every location path is relative to it.</summary>
    public required string WorkspaceRoot { get; init; }

    /// <summary>Every file that was read (reported or context), in path order; formatters take snippets from here.</summary>
    public required ImmutableArray<SyntaxTree> Files { get; init; }

    /// <summary>Paths of the files findings are reported for (all files unless only some were named).</summary>
    public required ImmutableArray<string> ReportedPaths { get; init; }

    /// <summary>Findings in <c>DiagnosticOrder</c>, suppressed ones included (see <see cref="Diagnostic.IsSuppressed"/>).</summary>
    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Every enabled rule (engine rules included), ordered by id.</summary>
    public required ImmutableArray<DiagnosticDescriptor> Rules { get; init; }

    /// <summary>What <c>--fix</c> changed; empty when fixes were not applied.</summary>
    public ImmutableArray<AppliedFix> AppliedFixes { get; init; } = [];

    /// <summary>The tree of a workspace-relative path, or null.</summary>
    public SyntaxTree? FindFile(string path)
    {
        // Files from a run are in ordinal path order, so a formatter looking up every finding's file stays
        // O(n log n); a hand-built result in another order still finds its files by the scan below.
        int low = 0, high = Files.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(Files[middle].Path, path);
            if (comparison == 0)
            {
                return Files[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        foreach (var file in Files)
        {
            if (file.Path == path)
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>Findings that count (not suppressed).</summary>
    public IEnumerable<Diagnostic> ActiveDiagnostics => Diagnostics.Where(d => !d.IsSuppressed);

    /// <summary>True when a finding at or above <paramref name="failLevel"/> is not suppressed.</summary>
    public bool HasFindingsAtOrAbove(DiagnosticSeverity failLevel) =>
        ActiveDiagnostics.Any(d => d.Severity >= failLevel && d.Severity != DiagnosticSeverity.None);
}

/// <summary>One fix <c>--fix</c> wrote to disk: the rule, the file and the fix's title.</summary>
public sealed record AppliedFix(string RuleId, string Path, string Title);

using System.Diagnostics.CodeAnalysis;
using ConfigLint.Reporting.GitHub;
using ConfigLint.Reporting.Json;
using ConfigLint.Reporting.MsBuild;
using ConfigLint.Reporting.Sarif;
using ConfigLint.Reporting.Text;

namespace ConfigLint.Reporting;

/// <summary>The built-in output formats by their <c>--format</c> name.</summary>
public static class ReportFormatters
{
    private static readonly IReportFormatter[] All =
    [
        new TextReportFormatter(),
        new SarifReportFormatter(),
        new JsonReportFormatter(),
        new GitHubReportFormatter(),
        new MsBuildReportFormatter(),
    ];

    /// <summary>The format names, in the order help text lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>Finds a formatter by name (case-insensitive).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IReportFormatter? formatter)
    {
        formatter = All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return formatter is not null;
    }
}

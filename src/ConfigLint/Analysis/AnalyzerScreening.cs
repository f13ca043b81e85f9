using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Analysis;

/// <summary>
/// Sets aside analyzers whose declarations cannot be read (a plugin whose <c>SupportedDiagnostics</c> throws or holds
/// nulls) before the run uses them, so a broken plugin is reported as <c>CL0002</c> instead of ending the run.
/// </summary>
internal static class AnalyzerScreening
{
    /// <summary>The analyzers that can run, and a finding for each one that cannot.</summary>
    public static (IReadOnlyList<ConfigAnalyzer> Usable, List<Diagnostic> Rejected) Screen(IReadOnlyList<ConfigAnalyzer> analyzers)
    {
        var usable = new List<ConfigAnalyzer>(analyzers.Count);
        var rejected = new List<Diagnostic>();
        foreach (var analyzer in analyzers)
        {
            string? problem;
            try
            {
                var descriptors = analyzer.SupportedDiagnostics;
                problem = descriptors.IsDefault || descriptors.Any(d => d is null)
                    ? "its SupportedDiagnostics is missing or holds null"
                    : null;
            }
            catch (Exception exception)
            {
                problem = $"reading its SupportedDiagnostics threw {exception.GetType().Name}: {exception.Message}";
            }

            if (problem is null)
            {
                usable.Add(analyzer);
            }
            else
            {
                rejected.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerException, Location.None, analyzer.GetType().Name, problem));
            }
        }

        return (usable, rejected);
    }
}

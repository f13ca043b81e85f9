// The README's library quick start, compiled and run: if this file needs changes, the README does too.
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Dotenv;
using ConfigLint.Reporting.Sarif;
using ConfigLint.Rules;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests;

public sealed class QuickStartTests
{
    /// <summary>A custom rule, written exactly as a third party would.</summary>
    private sealed class NoDebugInProduction : ConfigAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new(
            "ACME001", "no-debug-in-production", "DEBUG enabled in production",
            "'{0}' enables debugging in a production env file", Categories.Security,
            DiagnosticSeverity.Warning, "## What it does\nFinds DEBUG=true in .env.production.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterNodeAction(ctx =>
            {
                if (ctx.Node is DotenvEntryNode { Key: "DEBUG", Value: "true" } entry
                    && entry.Tree.Path.EndsWith(".env.production", StringComparison.Ordinal))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, entry.ValueLocation, entry.Key));
                }
            }, NodeKind.DotenvEntry);
    }

    [Fact]
    public void Library_lints_with_built_in_and_custom_analyzers_and_writes_sarif_to_a_stream()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env.production", "DEBUG=true\nPORT=80\nPORT=81\n");

        var result = Linter.Run(new LintRequest
        {
            Paths = [workspace.Root],
            CurrentDirectory = workspace.Root,
            Analyzers = [.. BuiltInAnalyzers.Create(), new NoDebugInProduction()],
        });

        Assert.Contains(result.Diagnostics, d => d.Id == "ACME001" && d.Location.StartLine == 1 && d.Location.StartColumn == 7);
        Assert.Contains(result.Diagnostics, d => d.Id == "CL5001" && d.Location.StartLine == 3);

        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            new SarifReportFormatter().Write(result, writer, ConfigLint.Reporting.ReportOptions.Default);
        }

        stream.Position = 0;
        using var sarif = JsonDocument.Parse(stream);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "ACME001");
    }
}

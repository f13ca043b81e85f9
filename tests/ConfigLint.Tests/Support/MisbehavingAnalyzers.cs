using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Text;

namespace ConfigLint.Tests.Support;

/// <summary>
/// Analyzers that behave the way a buggy plugin might. Internal, so loading this test assembly as a plugin (which
/// takes public analyzers only) does not pick them up.
/// </summary>
internal static class MisbehavingAnalyzers
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL9100", "test-misbehaving", "Misbehaving", "{0}", Categories.Style, DiagnosticSeverity.Warning, "## What it does\nTest.");

    /// <summary>Never returns from its callback until the test releases it.</summary>
    public sealed class Hanging(ManualResetEventSlim release) : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterNodeAction(ctx =>
            {
                release.Wait();
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, ctx.Node.Location, "late"));
            }, NodeKind.DotenvEntry);
    }

    public sealed class ThrowingDescriptors : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => throw new NotSupportedException("no descriptors today");

        public override void Initialize(AnalysisContext context)
        {
        }
    }

    public sealed class DefaultDescriptors : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => default;

        public override void Initialize(AnalysisContext context)
        {
        }
    }

    /// <summary>Reports a location in a file that is not in the workspace.</summary>
    public sealed class ForeignLocation : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterWorkspaceAction(ctx =>
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, new Location("../../etc/passwd", new TextSpan(0, 4), default), "x")));
    }

    /// <summary>Reports a span past the end of the file.</summary>
    public sealed class SpanPastTheEnd : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterNodeAction(ctx =>
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, ctx.Node.Location with { Span = new TextSpan(0, 1_000_000) }, "x")),
                NodeKind.DotenvEntry);
    }

    /// <summary>Throws from Initialize.</summary>
    public sealed class ThrowingInitialize : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => throw new InvalidOperationException("cannot start");
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Dotenv;

namespace ConfigLint.Tests.Support;

/// <summary>Small analyzers used to exercise the engine.</summary>
public static class TestAnalyzers
{
    public static readonly DiagnosticDescriptor EntryRule = new(
        "CL9001", "test-entry", "Test entry", "Entry '{0}'", Categories.Style, DiagnosticSeverity.Warning, "## What it does\nTest.");

    public static readonly DiagnosticDescriptor ThrowingRule = new(
        "CL9002", "test-throwing", "Throws", "never", Categories.Style, DiagnosticSeverity.Error, "## What it does\nTest.");

    /// <summary>Reports every dotenv entry whose value is "bad", with a fix replacing it by "good".</summary>
    public sealed class ReportBadValues : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [EntryRule];

        public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
        {
            var node = (DotenvEntryNode)ctx.Node;
            if (node.Value == "bad")
            {
                var location = node.ValueLocation;
                ctx.ReportDiagnostic(Diagnostic.Create(EntryRule, location, node.Key)
                    .WithFix(CodeFix.Create("Use good", new TextEdit(location.Path, location.Span, "good"))));
            }
        }, NodeKind.DotenvEntry);
    }

    /// <summary>Throws on every node.</summary>
    public sealed class Throwing : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [ThrowingRule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterNodeAction(_ => throw new InvalidOperationException("boom"), NodeKind.DotenvEntry);
    }

    /// <summary>Reports a descriptor it did not declare.</summary>
    public sealed class Undeclared : ConfigAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [ThrowingRule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterWorkspaceAction(ctx => ctx.ReportDiagnostic(Diagnostic.Create(EntryRule, ConfigLint.Text.Location.None, "x")));
    }
}

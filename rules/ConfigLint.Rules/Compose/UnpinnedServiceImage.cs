using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds service images without a version tag or with <c>latest</c>.</summary>
public sealed class UnpinnedServiceImage : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4007",
        name: "compose-unpinned-image",
        title: "Image without a version tag",
        messageFormat: "Service '{0}' uses image '{1}' {2}; pin a version tag or digest so every pull gets the same image",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports services whose `image` has no tag and no digest (so `latest` is pulled) or the tag `latest`.
            Services that also have `build` are skipped: there `image` names what is built locally.

            ## Why is this bad?
            `latest` is whatever was pushed last. Two machines, or the same machine a week apart, run different
            code from the same file, and a breaking release of a dependency (a database major version) arrives
            without anyone changing anything.

            ## Example
            ```yaml
            services:
              cache:
                image: redis:latest
            ```

            ## Use instead
            ```yaml
            services:
              cache:
                image: redis:7.2
            ```

            ## Fix safety
            No fix: ConfigLint does not know which version you run today.
            """,
        tags: ["compose", "reproducibility"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        if (service.Image is not { IsUnresolved: false, Parsed: { IsUnpinned: true } image } || service.Build is not null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, service.Image.Location, service.Name, service.Image.Reference,
            image.Tag is null ? "without a tag, so 'latest' is pulled" : "with the moving 'latest' tag"));
    }
}

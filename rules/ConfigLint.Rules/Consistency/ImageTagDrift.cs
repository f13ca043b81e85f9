using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Linking;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds one image repository deployed at different tags in different places.</summary>
public sealed class ImageTagDrift : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL6002",
        name: "image-tag-drift",
        title: "One image at different versions",
        messageFormat: "'{0}' runs {1} here but {2} in {3}; deploy one version or make the difference deliberate",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Collects the images of every Compose service and Kubernetes container in the workspace (after
            interpolation and kustomization `images:` rewrites) and, for each repository used with more than one
            tag or digest, reports the uses that differ from the most common one, with the others as related
            locations. Docker Hub official images (`postgres`, `redis`, …) are left out, since different
            applications legitimately run different versions of them.

            ## Why is this bad?
            Services built from one repository are usually released together. When the API runs `2.0.0` and its
            worker `1.0.0`, or a Deployment asks for a tag that was never pushed while the rest of the manifests use
            the released one, pods fail with `ImagePullBackOff` or talk to each other in incompatible versions.

            ## Example
            ```yaml
            # k8s/api.yaml
            image: registry.example.com/aia/agent-executor:2.0.0
            # k8s/worker.yaml
            image: registry.example.com/aia/agent-executor:1.0.0
            ```

            ## Use instead
            Use one tag everywhere, ideally set in one place (a kustomization `images:` entry or a Compose
            `${TAG}` variable).

            ## Fix safety
            No fix: which version is right is a release decision.
            """,
        tags: ["consistency", "kubernetes", "compose"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<ImageModel>() is not { } model)
        {
            return;
        }

        foreach (var group in model.SharedRepositories())
        {
            if (group.First().Image.IsOfficialImage)
            {
                continue;
            }

            var versions = group.GroupBy(Version, StringComparer.Ordinal).OrderByDescending(v => v.Count()).ThenBy(v => Order(group, v.Key)).ToList();
            if (versions.Count < 2)
            {
                continue;
            }

            var common = versions[0];
            var reference = common.First();
            foreach (var drifting in versions.Skip(1).SelectMany(v => v))
            {
                var where = $"{reference.Location.Path}:{reference.Location.StartLine}{(reference.IsRewritten ? " (after its kustomization's images: rewrite)" : string.Empty)}";
                var diagnostic = Diagnostic.Create(Rule, drifting.Location, group.Key, Version(drifting), common.Key, where);
                foreach (var other in common.Take(3))
                {
                    diagnostic = diagnostic.WithRelated(other.Location, $"'{group.Key}' runs {common.Key} here{(other.IsRewritten ? " after kustomization" : string.Empty)}");
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static string Version(ImageUse use) => use.Image.Digest is { } digest ? "@" + digest : use.Image.Tag ?? "latest";

    private static int Order(IEnumerable<ImageUse> group, string version) =>
        group.Select((use, index) => (use, index)).First(p => Version(p.use) == version).index;
}

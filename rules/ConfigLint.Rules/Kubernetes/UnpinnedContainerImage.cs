using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds container images without a version tag or with <c>latest</c>.</summary>
public sealed class UnpinnedContainerImage : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3002",
        name: "k8s-unpinned-image",
        title: "Image without a version tag",
        messageFormat: "Container '{0}' uses image '{1}' {2}{3}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports containers whose image, after any kustomization `images:` rewrite, has neither a tag nor a
            digest, or has the tag `latest`. When the container also says `imagePullPolicy: IfNotPresent`, the
            message says so: that combination runs different code on different nodes.

            ## Why is this bad?
            `latest` moves. Kubernetes pulls it again for every new pod (its default policy for `latest` is
            `Always`), so a rollout, a rescheduled pod or a new node silently runs whatever was pushed last. With
            `IfNotPresent` it is worse: each node keeps the `latest` it pulled first, and pods of one Deployment run
            different versions.

            ## Example
            ```yaml
            containers:
              - name: worker
                image: acme/worker:latest
                imagePullPolicy: IfNotPresent
            ```

            ## Use instead
            ```yaml
            containers:
              - name: worker
                image: acme/worker:1.8.2
            ```

            ## Fix safety
            With `IfNotPresent`, the fix changes the policy to `Always`, so at least every pod pulls the same image
            when it starts. It is unsafe: nodes that cannot reach the registry stop starting the pod. Pinning the
            tag is the real fix and needs a human.
            """,
        tags: ["kubernetes", "reproducibility"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesContainer);

    private static void Analyze(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        if (container.Image is not { } written)
        {
            return;
        }

        var images = container.KustomizedImages.IsEmpty ? [written] : container.KustomizedImages;
        var unpinned = images.Select(ImageReference.Parse).FirstOrDefault(i => i is { IsUnpinned: true });
        if (unpinned is null)
        {
            return;
        }

        var ifNotPresent = container.ImagePullPolicy == "IfNotPresent";
        var diagnostic = Diagnostic.Create(Rule, container.ImageLocation, container.Name, unpinned.Text,
            unpinned.Tag is null ? "without a tag, so 'latest' is pulled" : "with the moving 'latest' tag",
            ifNotPresent
                ? "; with imagePullPolicy IfNotPresent each node keeps the 'latest' it pulled first, so pods run different code"
                : "; pin a version tag or digest");
        if (ifNotPresent && container.Properties.Get("imagePullPolicy") is { } policy
            && ScalarEdits.Replace(context.Graph, policy.Location, "IfNotPresent", "Always") is { } edit)
        {
            diagnostic = diagnostic.WithFix(CodeFix.Create("Set imagePullPolicy to Always", edit, FixSafety.Unsafe));
        }

        context.ReportDiagnostic(diagnostic);
    }
}

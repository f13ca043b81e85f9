using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds containers that run as root: <c>runAsUser: 0</c>, or no <c>runAsNonRoot: true</c> and no other user.</summary>
public sealed class RunsAsRoot : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3006",
        name: "k8s-runs-as-root",
        title: "Container may run as root",
        messageFormat: "Container '{0}' {1}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Computes each container's effective `runAsUser` and `runAsNonRoot` (the container's `securityContext`
            over the pod's) and reports containers that run as user 0, and containers that neither set
            `runAsNonRoot: true` nor a non-zero `runAsUser`, which run as whatever user the image says, usually root.

            ## Why is this bad?
            A process running as root in the container is root on the node when it escapes, and can write to every
            volume it mounts. The Pod Security Standards require non-root at the `restricted` level.

            ## Example
            ```yaml
            containers:
              - name: api
                image: registry.example.com/aia/api:1.0.0
            ```

            ## Use instead
            ```yaml
            securityContext:
              runAsNonRoot: true
              runAsUser: 10001
            containers:
              - name: api
                image: registry.example.com/aia/api:1.0.0
            ```

            ## Fix safety
            No fix: the image must support running as another user.
            """,
        tags: ["kubernetes", "security"],
        securitySeverity: 6.0);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesContainer);

    private static void Analyze(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        var pod = container.Workload.PodSpec?.Get("securityContext") as ConfigObject;
        var user = container.SecurityContext?.GetProperty("runAsUser") ?? pod?.GetProperty("runAsUser");
        var nonRoot = container.SecurityContext?.GetProperty("runAsNonRoot") ?? pod?.GetProperty("runAsNonRoot");
        if (user?.Value is ConfigScalar { Text: "0" })
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, user.Location, container.Name, "runs as root (runAsUser: 0); run it as a non-zero user"));
            return;
        }

        if (nonRoot?.Value is ConfigScalar { IsTrue: true } || user?.Value is ConfigScalar { Kind: ScalarKind.Number })
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, nonRoot?.Location ?? container.Location, container.Name,
            "sets neither runAsNonRoot: true nor a runAsUser, so it runs as the image's user, usually root"));
    }
}

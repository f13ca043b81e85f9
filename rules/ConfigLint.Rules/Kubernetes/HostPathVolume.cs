using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds pod volumes that mount a path of the node.</summary>
public sealed class HostPathVolume : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3008",
        name: "k8s-host-path-volume",
        title: "Pod mounts a host path",
        messageFormat: "{0} '{1}' mounts the node's '{2}' (volume '{3}'); its pods can read or change the node's files",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `hostPath` volumes in the pod spec of any workload.

            ## Why is this bad?
            A host path gives the pod the node's files: `/var/run/docker.sock` or `/var/lib/kubelet` hands over the
            node, `/etc` its configuration. Data written there also stays on one node, so a rescheduled pod loses it.
            The Pod Security Standards forbid host paths at the `baseline` level.

            ## Example
            ```yaml
            volumes:
              - name: data
                hostPath: {path: /var/lib/app}
            ```

            ## Use instead
            ```yaml
            volumes:
              - name: data
                persistentVolumeClaim: {claimName: app-data}
            ```

            ## Fix safety
            No fix.
            """,
        tags: ["kubernetes", "security"],
        securitySeverity: 6.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        var workload = (KubernetesObjectNode)context.Node;
        if (workload.PodSpec?.Get("volumes") is not ConfigList volumes)
        {
            return;
        }

        foreach (var volume in volumes.Items.OfType<ConfigObject>())
        {
            if (volume.GetProperty("hostPath") is { } hostPath)
            {
                var path = (hostPath.Value as ConfigObject)?.GetString("path") ?? "?";
                context.ReportDiagnostic(Diagnostic.Create(Rule, hostPath.NameLocation, workload.ObjectKind, workload.Name, path, volume.GetString("name") ?? "?"));
            }
        }
    }
}

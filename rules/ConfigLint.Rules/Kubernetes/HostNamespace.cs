using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds pods sharing the node's network, process or IPC namespace.</summary>
public sealed class HostNamespace : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3007",
        name: "k8s-host-namespace",
        title: "Pod shares a host namespace",
        messageFormat: "{0} '{1}' sets {2}: true, so its pods share the node's {3}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `hostNetwork: true`, `hostPID: true` and `hostIPC: true` in the pod spec of any workload.

            ## Why is this bad?
            With the host's network a pod can bind node ports and reach services listening only on the node's
            loopback (the kubelet, cloud metadata). With its process namespace it can see and signal every process
            on the node; with its IPC namespace it can read other processes' shared memory. The Pod Security
            Standards forbid all three at the `baseline` level.

            ## Example
            ```yaml
            spec:
              hostNetwork: true
            ```

            ## Use instead
            Remove the field and expose the pod through a Service.

            ## Fix safety
            No fix.
            """,
        tags: ["kubernetes", "security"],
        securitySeverity: 7.0);

    private static readonly (string Field, string What)[] Fields =
        [("hostNetwork", "network interfaces and ports"), ("hostPID", "processes"), ("hostIPC", "shared memory")];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        var workload = (KubernetesObjectNode)context.Node;
        if (workload.PodSpec is not { } podSpec)
        {
            return;
        }

        foreach (var (field, what) in Fields)
        {
            if (podSpec.GetProperty(field) is { Value: ConfigScalar { IsTrue: true } } property)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, property.Location, workload.ObjectKind, workload.Name, field, what));
            }
        }
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds containers of long-running workloads without readiness or liveness probes.</summary>
public sealed class MissingProbes : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3003",
        name: "k8s-missing-probes",
        title: "Container has no readiness or liveness probe",
        messageFormat: "Container '{0}' of {1} '{2}' has no {3}; Kubernetes cannot tell when it is ready for traffic or stuck",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Reports the containers (not init containers) of Deployments, StatefulSets, DaemonSets, ReplicaSets and
            ReplicationControllers that lack a `readinessProbe`, a `livenessProbe`, or both.

            ## Why is this bad?
            Without a readiness probe a pod receives traffic as soon as its process starts, before it can answer,
            and a rollout of a broken version looks healthy. Without a liveness probe a deadlocked process is never
            restarted.

            ## Example
            ```yaml
            containers:
              - name: api
                image: registry.example.com/aia/api:1.0.0
            ```

            ## Use instead
            ```yaml
            containers:
              - name: api
                image: registry.example.com/aia/api:1.0.0
                readinessProbe:
                  httpGet: {path: /healthz, port: 8000}
                livenessProbe:
                  httpGet: {path: /healthz, port: 8000}
            ```

            ## Fix safety
            No fix: the health endpoint is the application's.
            """,
        tags: ["kubernetes", "reliability"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesContainer);

    private static void Analyze(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        if (container.IsInit || !KubernetesKinds.IsLongRunning(container.Workload.ObjectKind))
        {
            return;
        }

        var readiness = container.Properties.Contains("readinessProbe");
        var liveness = container.Properties.Contains("livenessProbe");
        if (readiness && liveness)
        {
            return;
        }

        var missing = !readiness && !liveness ? "readinessProbe or livenessProbe" : readiness ? "livenessProbe" : "readinessProbe";
        context.ReportDiagnostic(Diagnostic.Create(Rule, container.Location, container.Name, container.Workload.ObjectKind, container.Workload.Name, missing));
    }
}

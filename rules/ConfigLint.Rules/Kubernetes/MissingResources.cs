using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds containers without resource requests or a memory limit.</summary>
public sealed class MissingResources : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3004",
        name: "k8s-missing-resources",
        title: "Container has no resource requests or memory limit",
        messageFormat: "Container '{0}' sets no {1}; the scheduler cannot place it reliably and it may use all of the node's memory",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Reports containers and init containers of every workload kind that lack `resources.requests.cpu`,
            `resources.requests.memory` or `resources.limits.memory`.

            ## Why is this bad?
            Without requests the scheduler packs pods onto nodes as if they needed nothing, and they are the first
            to be evicted under pressure. Without a memory limit one leaking container can push the whole node into
            out-of-memory kills of its neighbours.

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
                resources:
                  requests: {cpu: 250m, memory: 256Mi}
                  limits: {memory: 512Mi}
            ```

            ## Fix safety
            No fix: the right sizes come from measuring the application.
            """,
        tags: ["kubernetes", "reliability"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesContainer);

    private static void Analyze(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        var requests = container.Resources?.Get("requests") as ConfigObject;
        var limits = container.Resources?.Get("limits") as ConfigObject;
        var missing = new List<string>();
        if (requests?.Contains("cpu") != true || requests.Contains("memory") != true)
        {
            missing.Add(requests is null ? "resource requests" : requests.Contains("cpu") ? "memory request" : requests.Contains("memory") ? "CPU request" : "resource requests");
        }

        if (limits?.Contains("memory") != true)
        {
            missing.Add("memory limit");
        }

        if (missing.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, container.Location, container.Name, string.Join(" and no ", missing)));
        }
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds Services whose selector matches no workload of their namespace.</summary>
public sealed class ServiceSelectsNothing : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3009",
        name: "k8s-service-selects-nothing",
        title: "Service selector matches no workload",
        messageFormat: "Service '{0}' selects pods labelled {1}, but no workload in namespace '{2}' labels its pods so; the Service has no endpoints",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Compares each Service's `spec.selector` with the pod template labels of the workloads in its namespace
            (after a kustomization's `namespace`) and reports Services no workload matches. Objects of other kinds
            with a pod template at `spec.template` (Argo Rollouts, for example) count as workloads; a Service is not
            reported when an object of another kind holds a pod template deeper down whose labels do not contradict
            the selector (LeaderWorkerSet's `leaderTemplate`), since its controller adds labels of its own.
            Namespaces in which the workspace defines no workload at all are skipped, since their pods are deployed
            from elsewhere.

            ## Why is this bad?
            A Service whose selector matches no pod has no endpoints: every connection to it is refused, while
            `kubectl get svc` looks fine. The cause is usually a label renamed on one side (`app: api` against
            `app: aia-api`).

            ## Example
            ```yaml
            kind: Service
            spec:
              selector: {app: api}
            ---
            kind: Deployment
            spec:
              template:
                metadata:
                  labels: {app: aia-api}
            ```

            ## Use instead
            ```yaml
            kind: Service
            spec:
              selector: {app: aia-api}
            ```

            ## Fix safety
            No fix: either side may be the one to change.
            """,
        tags: ["kubernetes"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (KubernetesObjectNode)context.Node;
        if (service.Selector is not { Properties.IsEmpty: false } selector || context.Graph.GetModel<KubernetesModel>() is not { } model
            || model.Workloads(service.Namespace).Count == 0 || context.Graph.EdgesFrom(service, EdgeKind.Selects).Any()
            || model.Objects.Any(o => o.Namespace == service.Namespace && !o.IsWorkload
                && (TemplateMatches(o, selector) || HasCompatibleNestedTemplate(o.Path("spec"), selector, depth: 0))))
        {
            return;
        }

        var labels = string.Join(", ", selector.Properties.Select(p => $"{p.Name}={(p.Value as ConfigScalar)?.Text}"));
        context.ReportDiagnostic(Diagnostic.Create(Rule, selector.Location, service.Name, labels, service.Namespace));
    }

    // A custom kind with pod templates deeper down (LeaderWorkerSet's leaderTemplate and workerTemplate) has a
    // controller that may add labels of its own (leaderworkerset.sigs.k8s.io/name): a template whose labels do not
    // contradict the selector may well match once the controller has labelled the pods.
    private static bool HasCompatibleNestedTemplate(ConfigValue? value, ConfigObject selector, int depth)
    {
        if (depth > 6 || value is null)
        {
            return false;
        }

        if (value is ConfigList list)
        {
            foreach (var item in list.Items)
            {
                if (HasCompatibleNestedTemplate(item, selector, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        if (value is not ConfigObject map)
        {
            return false;
        }

        if (map.Get("spec") is ConfigObject spec && spec.Get("containers") is ConfigList)
        {
            var labels = (map.Get("metadata") as ConfigObject)?.Get("labels") as ConfigObject;
            return selector.Properties.All(p => labels?.GetString(p.Name) is not { } label || label == (p.Value as ConfigScalar)?.Text);
        }

        foreach (var property in map.Properties)
        {
            if (HasCompatibleNestedTemplate(property.Value, selector, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    // Custom workload kinds (Argo Rollouts, and the like) keep a pod template at spec.template too.
    private static bool TemplateMatches(KubernetesObjectNode node, ConfigObject selector) =>
        node.Path("spec", "template", "metadata", "labels") is ConfigObject labels
        && selector.Properties.All(p => labels.GetString(p.Name) is { } value && value == (p.Value as ConfigScalar)?.Text);
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds Service <c>targetPort</c> names that no container of the selected workloads declares.</summary>
public sealed class UnknownTargetPort : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3010",
        name: "k8s-unknown-target-port",
        title: "Service targetPort names no container port",
        messageFormat: "Service '{0}' targets port '{1}', which no container of {2} names{3}; connections to port {4} are refused",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            For each Service port whose `targetPort` is a name, looks at the containers of the workloads the
            Service selects and reports the name when none of their `ports` declares it.

            ## Why is this bad?
            A named target port resolves per pod; when no container has that name the endpoint has no port and
            traffic is dropped. It happens when a container port is renamed (`http` to `web`) or the Service was
            copied from another application.

            ## Example
            ```yaml
            kind: Service
            spec:
              ports: [{port: 80, targetPort: http}]
            ---
            kind: Deployment
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      ports: [{name: web, containerPort: 8000}]
            ```

            ## Use instead
            ```yaml
            kind: Service
            spec:
              ports: [{port: 80, targetPort: web}]
            ```

            ## Fix safety
            When exactly one declared port name is within two edits, the fix uses it. It is unsafe: the closest
            name is not always the intended one.
            """,
        tags: ["kubernetes"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (KubernetesObjectNode)context.Node;
        if (service.ServicePorts.IsEmpty)
        {
            return;
        }

        var workloads = context.Graph.EdgesFrom(service, EdgeKind.Selects).Select(e => e.To).OfType<KubernetesObjectNode>().ToList();
        if (workloads.Count == 0)
        {
            return;
        }

        var names = workloads.SelectMany(w => w.Containers).Where(c => !c.IsInit).SelectMany(c => c.Ports).Select(p => p.Name).OfType<string>().ToList();
        var described = workloads.Count == 1 ? $"{workloads[0].ObjectKind} '{workloads[0].Name}'" : $"the {workloads.Count} selected workloads";
        foreach (var port in service.ServicePorts)
        {
            if (!port.TargetPortIsName || port.TargetPort is not { } target || names.Contains(target))
            {
                continue;
            }

            var suggestion = Suggestions.Closest(target, names);
            var location = port.TargetPortLocation ?? port.Location;
            var diagnostic = Diagnostic.Create(Rule, location, service.Name, target, described,
                suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)", port.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
            if (suggestion is not null && ScalarEdits.Replace(context.Graph, location, target, suggestion) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Target port '{suggestion}'", edit, FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds containers with <c>securityContext.privileged: true</c>.</summary>
public sealed class PrivilegedContainer : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3005",
        name: "k8s-privileged-container",
        title: "Container runs privileged",
        messageFormat: "Container '{0}' runs privileged: it gets every capability and the node's devices, so escaping to the node is trivial",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `securityContext.privileged: true` on a container or init container.

            ## Why is this bad?
            A privileged container is root on the node in all but name: it can load kernel modules, mount the host
            disk and read every other pod's data. The Pod Security Standards forbid it at the `baseline` level.

            ## Example
            ```yaml
            securityContext:
              privileged: true
            ```

            ## Use instead
            ```yaml
            securityContext:
              capabilities:
                add: [NET_ADMIN]
            ```

            ## Fix safety
            No fix: which capabilities the container needs is not in the file.
            """,
        tags: ["kubernetes", "security"],
        securitySeverity: 8.0);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesContainer);

    private static void Analyze(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        if (container.SecurityContext?.GetProperty("privileged") is { Value: ConfigScalar { IsTrue: true } } property)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, property.Location, container.Name));
        }
    }
}

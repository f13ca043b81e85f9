using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds references to a ConfigMap or Secret key that the workspace's definition of the object lacks.</summary>
public sealed class MissingConfigKey : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3011",
        name: "k8s-missing-config-key",
        title: "Referenced ConfigMap or Secret key is not defined",
        messageFormat: "'{0}' reads key '{1}' of {2} '{3}', which does not define it{4}; the pod fails with CreateContainerConfigError",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Follows `env[].valueFrom.configMapKeyRef` / `secretKeyRef` and the `items` of `configMap`, `secret` and
            `projected` volumes to the ConfigMap or Secret of the same name in the same namespace, and reports keys
            that object does not define (`data`, `binaryData`, `stringData`). References marked `optional: true` and
            objects the workspace does not define are not reported.

            ## Why is this bad?
            The kubelet refuses to start the container ("couldn't find key url in Secret aia-system/aia-db"), so
            the rollout hangs with pods in `CreateContainerConfigError`.

            ## Example
            ```yaml
            env:
              - name: DATABASE_URL
                valueFrom:
                  secretKeyRef: {name: aia-db, key: database-url}
            ---
            kind: Secret
            metadata: {name: aia-db}
            stringData:
              url: postgresql://aia@db.aia-system.svc:5432/aia
            ```

            ## Use instead
            ```yaml
                  secretKeyRef: {name: aia-db, key: url}
            ```

            ## Fix safety
            When exactly one defined key is within two edits, the fix uses it. It is unsafe: the closest key is not
            always the intended one.
            """,
        tags: ["kubernetes"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        var workload = (KubernetesObjectNode)context.Node;
        if (!workload.IsWorkload || context.Graph.GetModel<KubernetesModel>() is not { } model)
        {
            return;
        }

        foreach (var (owner, reference) in workload.Containers.SelectMany(c => c.References.Select(r => (c.Name, r))).Concat(workload.PodReferences.Select(r => (workload.Name, r))))
        {
            if (reference is not { Key: { } key, KeyLocation: { } keyLocation, Optional: false }
                || model.Resolve(reference, workload.Namespace) is not { } target)
            {
                continue;
            }

            var keys = target.DataEntries.Select(e => e.Key).Concat((target.Path("binaryData") as ConfigObject)?.Properties.Select(p => p.Name) ?? []).ToList();
            if (keys.Contains(key))
            {
                continue;
            }

            var suggestion = Suggestions.Closest(key, keys);
            var diagnostic = Diagnostic.Create(Rule, keyLocation, owner, key, target.ObjectKind, target.Name,
                    suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)")
                .WithRelated(target.Location, $"{target.ObjectKind} '{target.Name}' is defined here");
            if (suggestion is not null && ScalarEdits.Replace(context.Graph, keyLocation, key, suggestion) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Read key '{suggestion}'", edit, FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }
}

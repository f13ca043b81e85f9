using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Rules.Consistency.Endpoints;
using ConfigLint.Rules.Secrets;
using ConfigLint.Text;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds URLs and hosts pointing at localhost in ConfigMaps, Secrets and container environments.</summary>
public sealed class LocalhostAddress : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3013",
        name: "k8s-localhost-address",
        title: "Address points at localhost inside the cluster",
        messageFormat: "'{0}' in {1} '{2}' points at {3}; inside a pod that is the pod itself, not the service it names{4}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reads the values of ConfigMaps, Secrets (decoded) and container `env` entries and reports URLs whose host
            is `localhost`, `127.x.x.x` or `::1`, `host:port` values with such a host, and host-like keys
            (`*_HOST`, `*_ADDR`, `*_ENDPOINT`, `*_SERVER`) set to one. Keys that name listen or bind addresses, proxy
            bypass lists and allowed origins are skipped. When a ConfigMap or Secret of the namespace names a
            cluster address (`*.svc`) under a key with the same prefix or of the same endpoint family (`DB_HOST` for
            `DATABASE_URL`), it is shown as a related location. The other disagreements between such values (port,
            database) are `CL6004`'s. Secret
            values never appear in the output.

            ## Why is this bad?
            A value copied from a developer's `.env` keeps `localhost`, where the database really was. In a pod,
            `localhost` is the pod, so the application cannot connect, often only after the rollout, with an error
            that points at the database rather than the configuration.

            ## Example
            ```yaml
            kind: Secret
            stringData:
              DATABASE_URL: postgresql://aia@localhost:5432/aia_production
            ```

            ## Use instead
            ```yaml
            kind: Secret
            stringData:
              DATABASE_URL: postgresql://aia@aia-alloydb-primary.default.svc.cluster.local:5432/aia_production
            ```

            ## Fix safety
            No fix: the cluster address is not always in the workspace.
            """,
        tags: ["kubernetes"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterNodeAction(AnalyzeObject, NodeKind.KubernetesObject);
        context.RegisterNodeAction(AnalyzeContainer, NodeKind.KubernetesContainer);
    }

    private static void AnalyzeObject(NodeAnalysisContext context)
    {
        var node = (KubernetesObjectNode)context.Node;
        if (node.ObjectKind is not ("ConfigMap" or "Secret"))
        {
            return;
        }

        var isSecret = node.ObjectKind == "Secret";
        foreach (var entry in node.DataEntries)
        {
            if (entry.Value is { } value && LocalAddresses.Find(entry.Key, value) is { } host)
            {
                Report(context, node.Namespace, entry.Key, node.ObjectKind, node.Name, host, entry.ValueLocation, isSecret || SecretScanner.Scan(entry.Key, value) is not null);
            }
        }
    }

    private static void AnalyzeContainer(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        foreach (var variable in container.Env)
        {
            if (variable is { Value: { } value, ValueLocation: { } location } && LocalAddresses.Find(variable.Name, value) is { } host)
            {
                Report(context, container.Workload.Namespace, variable.Name, "the env of container", container.Name, host, location,
                    redact: SecretScanner.Scan(variable.Name, value) is not null);
            }
        }
    }

    // A value that is a Secret's, or holds a credential (a URL with a password), is masked in every snippet.
    private static void Report(NodeAnalysisContext context, string? @namespace, string key, string where, string name, string host, Location location, bool redact)
    {
        var clusterAddress = ClusterAddress(context.Graph, @namespace, key);
        var diagnostic = Diagnostic.Create(Rule, location, key, where, name, host,
            clusterAddress is null ? string.Empty : $"; {clusterAddress.Value.Owner} names a cluster address for it");
        if (clusterAddress is { } related)
        {
            diagnostic = diagnostic.WithRelated(related.Location, $"'{related.Key}' names a cluster address here");
        }

        context.ReportDiagnostic(redact ? diagnostic with { Redactions = [location] } : diagnostic);
    }

    // DB_HOST and DATABASE_URL describe one endpoint family (see endpoint-drift), though their first words differ.
    private static string EndpointFamily(string key) => EndpointKeys.Classify(key)?.Family ?? EndpointKeys.UrlFamily(key);

    // A value under a key with the same first word (DATABASE_URL ~ DATABASE_HOST) or of the same endpoint family
    // (DATABASE_URL ~ DB_HOST) that names a cluster service.
    private static (string Owner, string Key, Location Location)? ClusterAddress(ConfigGraph graph, string? @namespace, string key)
    {
        if (graph.GetModel<KubernetesModel>() is not { } model)
        {
            return null;
        }

        var prefix = key.Split('_', '.', '-')[0];
        var family = EndpointFamily(key);
        foreach (var node in model.Objects)
        {
            if (node.ObjectKind != "ConfigMap" || node.Namespace != @namespace)
            {
                continue;
            }

            foreach (var entry in node.DataEntries)
            {
                if (entry.Value is { } value
                    && (entry.Key.Split('_', '.', '-')[0].Equals(prefix, StringComparison.OrdinalIgnoreCase) || EndpointFamily(entry.Key) == family)
                    && (value.Contains(".svc", StringComparison.Ordinal) || value.Contains("cluster.local", StringComparison.Ordinal)))
                {
                    return ($"ConfigMap '{node.Name}'", entry.Key, entry.ValueLocation);
                }
            }
        }

        return null;
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds services with <c>network_mode: host</c>.</summary>
public sealed class HostNetwork : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4009",
        name: "compose-host-network",
        title: "Service uses the host network",
        messageFormat: "Service '{0}' uses the host network: it shares the host's interfaces and can reach everything listening on them{1}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `network_mode: host` on a service, and says so when the service also has `ports` (which the
            host network makes meaningless: Compose rejects or ignores them).

            ## Why is this bad?
            The container is not isolated from the host's network: it can bind any host port and talk to services
            listening only on `localhost` (databases, cloud metadata proxies, the Docker API on TCP).

            ## Example
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                network_mode: host
            ```

            ## Use instead
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                ports: ["8080:8080"]
            ```

            ## Fix safety
            No fix: the ports the service needs are not always in the file.
            """,
        tags: ["compose", "security"],
        securitySeverity: 5.0);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        if (service.NetworkMode == "host" && service.Properties.GetProperty("network_mode") is { } property)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, property.Location, service.Name,
                service.Ports.IsEmpty ? string.Empty : "; its 'ports' mappings do not apply with the host network"));
        }
    }
}

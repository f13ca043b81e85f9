using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds services that mount the Docker daemon's socket.</summary>
public sealed class DockerSocketMount : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4010",
        name: "compose-docker-socket",
        title: "Service mounts the Docker socket",
        messageFormat: "Service '{0}' mounts the Docker socket '{1}': anything in the container can control the host's Docker daemon, which is root on the host",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports volumes whose source is `/var/run/docker.sock` or `/run/docker.sock`, in the short and the long
            syntax, read-only included (the socket's API works the same read-only).

            ## Why is this bad?
            The Docker API can start a privileged container with the host's root filesystem mounted. A container
            with the socket is as trusted as root on the host, so a vulnerability in it is a host compromise.

            ## Example
            ```yaml
            services:
              dashboard:
                image: acme/dashboard:1.0.0
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock:ro
            ```

            ## Use instead
            Give the service only what it needs, for example through a socket proxy that allows read-only
            endpoints (`tecnativa/docker-socket-proxy`), or run the tool outside a container.

            ## Fix safety
            No fix.
            """,
        tags: ["compose", "security"],
        securitySeverity: 8.0);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        foreach (var volume in service.Volumes)
        {
            if (volume.Source is "/var/run/docker.sock" or "/run/docker.sock")
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, volume.Location, service.Name, volume.Source));
            }
        }
    }
}

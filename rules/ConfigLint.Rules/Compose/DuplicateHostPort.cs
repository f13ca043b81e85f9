using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds a host port that two entries of one Compose project publish.</summary>
public sealed class DuplicateHostPort : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4002",
        name: "compose-duplicate-host-port",
        title: "Host port published twice",
        messageFormat: "Host port {0} is already published by service '{1}' ('{2}'); 'docker compose up' fails with 'port is already allocated'",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Compares the fixed host ports every service of a Compose project publishes (after merging the override
            file) and reports each entry whose host port, address and protocol overlap an earlier one. A host
            address of `0.0.0.0` or none overlaps every address. Services whose `profiles` never run together are
            not compared, and host ranges for a single container port (the engine picks one free port) are skipped.

            ## Why is this bad?
            Only one container can bind a host port. The second service fails to start with "Bind for 0.0.0.0:8080
            failed: port is already allocated", often only after the first one is up, which makes it look flaky.

            ## Example
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                ports: ["8080:8080"]
              admin:
                image: acme/admin:2.1.0
                ports: ["8080:80"]
            ```

            ## Use instead
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                ports: ["8080:8080"]
              admin:
                image: acme/admin:2.1.0
                ports: ["8081:80"]
            ```

            ## Fix safety
            No fix: which service should move, and where to, is a decision.
            """,
        tags: ["compose"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<ComposeModel>() is not { } model)
        {
            return;
        }

        foreach (var project in model.Projects)
        {
            var seen = new List<(ComposeServiceNode Service, ComposePort Port)>();
            // With the host network, 'ports' are not published at all.
            foreach (var service in project.Services.Where(s => s.NetworkMode != "host"))
            {
                foreach (var port in service.Ports)
                {
                    if (!port.BindsFixedHostPorts)
                    {
                        continue;
                    }

                    var earlier = seen.FirstOrDefault(s => Overlaps(s.Port, port) && CanRunTogether(s.Service, service));
                    if (earlier.Port is not null)
                    {
                        var overlap = Math.Max(earlier.Port.PublishedStart!.Value, port.PublishedStart!.Value);
                        context.ReportDiagnostic(Diagnostic.Create(Rule, port.PublishedLocation ?? port.Location, overlap, earlier.Service.Name, earlier.Port.Text)
                            .WithRelated(earlier.Port.PublishedLocation ?? earlier.Port.Location, $"host port {overlap} is first published here"));
                    }

                    seen.Add((service, port));
                }
            }
        }
    }

    private static bool Overlaps(ComposePort a, ComposePort b) =>
        a.Protocol == b.Protocol
        && a.PublishedStart <= b.PublishedEnd && b.PublishedStart <= a.PublishedEnd
        && (IsAnyAddress(a.HostIp) || IsAnyAddress(b.HostIp) || a.HostIp == b.HostIp);

    private static bool IsAnyAddress(string? ip) => ip is null or "0.0.0.0" or "::";

    private static bool CanRunTogether(ComposeServiceNode a, ComposeServiceNode b) =>
        a.Profiles.IsEmpty || b.Profiles.IsEmpty || a.Profiles.Any(p => b.Profiles.Any(q => q.Name == p.Name));
}

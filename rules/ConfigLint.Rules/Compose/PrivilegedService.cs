using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds services with <c>privileged: true</c>.</summary>
public sealed class PrivilegedService : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4008",
        name: "compose-privileged",
        title: "Service runs privileged",
        messageFormat: "Service '{0}' runs privileged: the container gets every capability and the host's devices; grant only the capabilities it needs with 'cap_add'",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `privileged: true` on a service.

            ## Why is this bad?
            A privileged container has all Linux capabilities, sees every host device and runs without the default
            seccomp and AppArmor profiles: a compromised process in it owns the host.

            ## Example
            ```yaml
            services:
              vpn:
                image: acme/vpn:3.2.0
                privileged: true
            ```

            ## Use instead
            ```yaml
            services:
              vpn:
                image: acme/vpn:3.2.0
                cap_add: [NET_ADMIN]
                devices: ["/dev/net/tun"]
            ```

            ## Fix safety
            No fix: which capabilities the service needs is not visible in the file.
            """,
        tags: ["compose", "security"],
        securitySeverity: 7.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        if (service.Privileged && service.Properties.GetProperty("privileged") is { } property)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, property.Location, service.Name));
        }
    }
}

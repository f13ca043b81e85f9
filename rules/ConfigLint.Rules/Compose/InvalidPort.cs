using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds <c>ports</c> and <c>expose</c> entries Compose cannot read: bad numbers, ranges, addresses or protocols.</summary>
public sealed class InvalidPort : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4001",
        name: "compose-invalid-port",
        title: "Invalid port syntax",
        messageFormat: "'{0}' is not a valid '{1}' entry of service '{2}': {3}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Checks every `ports` and `expose` entry of every service, in the short syntax
            (`[[IP:](port|range):](port|range)[/protocol]`) and the long one (`target`, `published`, `host_ip`,
            `protocol`), after interpolation. It reports ports outside 1–65535, words where numbers belong, host and
            container ranges of different lengths, addresses that are not IP addresses, protocols other than `tcp`,
            `udp` and `sctp`, and host ports in `expose`.

            ## Why is this bad?
            `docker compose up` refuses the whole file ("invalid port", "invalid containerPort"), so no service starts.
            Some mistakes (`80:8O`) are easy to miss by eye.

            ## Example
            ```yaml
            services:
              web:
                image: nginx:1.27
                ports:
                  - "8080:8O"
                  - "9090-9091:8080-8082"
            ```

            ## Use instead
            ```yaml
            services:
              web:
                image: nginx:1.27
                ports:
                  - "8080:80"
                  - "9090-9092:8080-8082"
            ```

            ## Fix safety
            No fix: the intended port cannot be known.
            """,
        tags: ["compose"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        foreach (var port in service.Ports.Concat(service.Expose))
        {
            if (port.Problem is { } problem && !port.IsUnresolved)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, port.ProblemLocation ?? port.Location, port.Text, port.IsExpose ? "expose" : "ports", service.Name, problem));
            }
        }
    }
}

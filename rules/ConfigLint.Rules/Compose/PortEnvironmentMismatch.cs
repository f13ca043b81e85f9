using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Text;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds a published container port that the service's own <c>PORT</c>-style variable contradicts.</summary>
public sealed class PortEnvironmentMismatch : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4003",
        name: "compose-port-env-mismatch",
        title: "Published container port differs from the port the environment sets",
        messageFormat: "'{0}' forwards to container port {1}, but {2}={3} ({4}) makes the app listen on {3}; publish {3} or set {2}={1}",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            For each service that publishes ports, reads the port its application is told to listen on: the first
            of `PORT`, `HTTP_PORT`, `APP_PORT`, `SERVER_PORT`, `LISTEN_PORT`, `WEB_PORT`, `API_PORT`,
            `FLASK_RUN_PORT`, `FLASK_PORT`, `UVICORN_PORT` and `ASPNETCORE_HTTP_PORTS` in the service's environment,
            as Compose computes it from `env_file` files and `environment`. When no `ports` or `expose` entry
            targets that port, each published mapping is reported at its container port, with the variable's
            definition as a related location.

            ## Why is this bad?
            `ports: ["3003:3000"]` forwards host port 3003 to container port 3000. If the service's `.env` says
            `PORT=5000`, the application listens on 5000 and nothing answers on 3003: the container is healthy, the
            logs are clean, and every request fails with "connection reset".

            ## Example
            `docker-compose.yml`
            ```yaml
            services:
              api:
                build: .
                ports: ["3003:3000"]
                env_file: .env
            ```
            `.env`
            ```dotenv
            PORT=5000
            ```

            ## Use instead
            ```yaml
            services:
              api:
                build: .
                ports: ["3003:5000"]
                env_file: .env
            ```

            ## Fix safety
            The fix rewrites the container port of the mapping to the variable's value. It is unsafe: the variable
            may be the stale side.
            """,
        tags: ["compose", "consistency"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        if (service.NetworkMode == "host" || ListenPort(service) is not ({ } variable, var listen))
        {
            return;
        }

        var published = service.Ports.Where(p => p.Problem is null && !p.IsUnresolved).ToList();
        if (published.Count == 0 || published.Concat(service.Expose).Any(p => p.Problem is null && p.TargetStart <= listen && listen <= p.TargetEnd))
        {
            return;
        }

        var source = variable.Source == ComposeEnvironmentSource.EnvFile
            ? $"from {variable.ValueLocation.Path}:{variable.ValueLocation.StartLine}"
            : "from 'environment'";
        foreach (var port in published)
        {
            var target = port.TargetStart == port.TargetEnd
                ? port.TargetStart.ToString(CultureInfo.InvariantCulture)
                : $"{port.TargetStart}-{port.TargetEnd}";
            var diagnostic = Diagnostic.Create(Rule, port.TargetLocation, port.Text, target, variable.Name, listen, source)
                .WithRelated(variable.ValueLocation, $"{variable.Name} is set to {listen} here");
            if (published.Count == 1 && port.TargetStart == port.TargetEnd
                && ScalarEdits.Replace(context.Graph, port.TargetLocation, target, listen.ToString(CultureInfo.InvariantCulture)) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Forward to container port {listen}", edit, FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    private static (ComposeEnvironmentVariable? Variable, int Port) ListenPort(ComposeServiceNode service)
    {
        foreach (var name in ListenPorts.Variables)
        {
            if (service.GetEnvironment(name) is { Value: { } value } variable && ListenPorts.TryParse(value, out var port))
            {
                return (variable, port);
            }
        }

        return (null, 0);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Rules.Consistency.Ports;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds routes (published ports, Service target ports, probes, ECS load balancers) that reach none of the ports the service listens on.</summary>
public sealed class PortDrift : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL6003",
        name: "port-drift",
        title: "Traffic is routed to a port the service does not listen on",
        messageFormat: "{0} routes to port {1}, but {2} listens on {3} ({4}); route to {3} or make the service listen on {1}",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Collects, for every Compose service, Kubernetes workload and load-balanced container of a Terraform
            `aws_ecs_service`, the ports it listens on and the routes that send traffic to it, across files, and
            reports a route group that reaches none of the listening ports, at the route, with the listening side as
            related locations. Terraform values are followed through variables, locals and tfvars, and the default or
            tfvars line a port comes from is related too.

            Listening side, strongest first:
            - a port variable (`PORT`, `HTTP_PORT`, `APP_PORT`, `SERVER_PORT`, …) from Compose `environment` or
              `env_file`, from a container's `env`, from the ConfigMap or Secret it reads (`valueFrom`, `envFrom`),
              or from the `environment` of an ECS container definition;
            - for the other environments of a Compose service, the same variable in the env file variants beside the
              files it loads (`.env.production` beside `.env`) that no Compose file loads itself;
            - the port a command line gives the server (`--port 8000`, `--bind 0.0.0.0:8000`, `--server.port=8080`,
              `manage.py runserver 0.0.0.0:8000`) in a Compose `command`/`entrypoint` or a container's `command`/`args`;
            - `containerPort` (of a Kubernetes container or of an ECS container definition's `portMappings`), Compose
              `expose`, and the `EXPOSE` lines of the Dockerfile a service builds (unless the service replaces the
              image's command, which makes them say little);
            - when a deployment has none of these, the facts of another deployment of the same image (a Compose
              service and the Kubernetes Deployment of one image listen on the same port).

            Routes, judged in groups: the container side of one service's Compose `ports`; the ports of one Service
            that selects the workload (`targetPort`, a name resolved to its `containerPort`, or `port` when there is no
            `targetPort`); each readiness, liveness and startup probe. A group is fine when one of its routes reaches a
            listening port (a Service may also route to a metrics port). When a variable sets the port and the only
            declared port is another one, the declaration is taken as stale.

            For ECS, the routes are the `container_port` of each `load_balancer` block (a `dynamic` one too) of an
            `aws_ecs_service`, judged against the container its `container_name` names in the service's
            `task_definition`, and the `health_check` `port` of the `aws_lb_target_group` it registers with when that
            is a number rather than `traffic-port`. A health check port is compared only when the task's
            `network_mode` is `awsvpc` or `host`: in `bridge` mode it is a port of the instance. The target group's
            own `port` is not compared: ECS registers each task with its container port, which overrides it.
            `container_definitions` is read whether written as `jsonencode([...])` (directly or through locals), a
            heredoc or `file(...)`.

            A Compose service's own environment against its own `ports` is `CL4003`'s finding and not repeated here;
            routes written with a variable (`"${PORT}:${PORT}"`) follow every environment and are not compared with
            the variants.

            ## Why is this bad?
            The container is healthy and its logs are clean, but nothing answers where traffic arrives: `3003:3000`
            forwards to 3000 while production's `.env.production` says `PORT=3003`; a Service targets 8000 while the
            ConfigMap sets `PORT=5000`; a readiness probe checks a port nothing listens on, so the pod never becomes
            ready and the rollout hangs. In ECS, `CreateService` rejects a `container_port` that no `portMappings`
            entry declares, and a target group health check on a port nothing listens on marks every task unhealthy,
            so ECS replaces them in a loop.

            ## Example
            ```yaml
            kind: ConfigMap
            metadata: {name: orders-config}
            data: {PORT: "5000"}
            ---
            kind: Deployment            # container 'orders'
                  envFrom: [{configMapRef: {name: orders-config}}]
                  ports: [{containerPort: 8000}]
            ---
            kind: Service
            spec:
              ports: [{port: 80, targetPort: 8000}]
            ```
            And in Compose, `ports: ["3003:3000"]` with `PORT=3000` in the `.env` the service loads but `PORT=3003`
            in `.env.production`. In Terraform:
            ```hcl
            resource "aws_ecs_task_definition" "api" {
              container_definitions = jsonencode([{
                name         = "api"
                portMappings = [{ containerPort = var.api_port }]   # default = 8080
              }])
            }

            resource "aws_ecs_service" "api" {
              task_definition = aws_ecs_task_definition.api.arn
              load_balancer {
                target_group_arn = aws_lb_target_group.api.arn
                container_name   = "api"
                container_port   = 3000
              }
            }
            ```

            ## Use instead
            One port everywhere: `PORT: "8000"` (or `containerPort: 5000` and `targetPort: 5000`); in Compose, the
            same `PORT` in every environment, or a mapping that follows it: `ports: ["3003:${PORT}"]`; in Terraform,
            one variable for the container port and the `load_balancer`: `container_port = var.api_port`.

            ## Fix safety
            When a group has one route and the service listens on one port, the fix rewrites the route's port (a
            Compose container port, a numeric `targetPort`, a probe port, a literal `container_port` or health check
            `port`) to it. It is unsafe: the listening side may
            be the stale one. There is no fix for another environment's port when the service's own environment sets
            one: rerouting would break the environment that works.
            """,
        tags: ["consistency", "compose", "kubernetes", "terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        var subjects = PortFacts.Subjects(context.Graph);
        var byImage = new Dictionary<string, List<PortSubject>>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            if (subject.Image is { IsOfficialImage: false } image)
            {
                var key = ImageKeys.Of(image);
                if (!byImage.TryGetValue(key, out var list))
                {
                    byImage[key] = list = [];
                }

                list.Add(subject);
            }
        }

        var reported = new HashSet<(Location, string)>();
        foreach (var subject in subjects)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var group in subject.Groups)
            {
                var target = group.Listener is { } index ? subject.Listeners[index].Display : subject.Display;
                if (!subject.OwnFactsCheckedElsewhere)
                {
                    var (ports, evidence, stale) = Accepted(subject, group);
                    if (ports.Count == 0)
                    {
                        (ports, evidence) = Borrowed(subject, byImage);
                    }

                    if (ports.Count > 0 && !Reaches(group, ports))
                    {
                        Report(context, group, target, ports, evidence, stale, reported, allowFix: true);
                    }
                }

                foreach (var other in subject.OtherEnvironments)
                {
                    if (!group.Routes.Any(r => r.IsParameterized) && !Reaches(group, [other.Port])
                        && !subject.Listeners.Any(l => l.Facts.Any(f => f.Kind == ListeningKind.Declared && f.Port == other.Port)))
                    {
                        // Rerouting to another environment's port would break the service's own one (CL4003 would then
                        // undo it): only offer it when the service's own environment does not set the port.
                        Report(context, group, target, [other.Port], [other], [], reported, allowFix: !subject.OwnFactsCheckedElsewhere);
                    }
                }
            }
        }
    }

    private static (HashSet<int> Ports, List<ListeningPort> Evidence, List<ListeningPort> Stale) Accepted(PortSubject subject, RouteGroup group)
    {
        var ports = new HashSet<int>();
        var evidence = new List<ListeningPort>();
        var stale = new List<ListeningPort>();
        for (var i = 0; i < subject.Listeners.Count; i++)
        {
            if (group.Listener is { } only && only != i)
            {
                continue;
            }

            var accepted = subject.Listeners[i].Accepted();
            ports.UnionWith(accepted.Ports);
            evidence.AddRange(accepted.Evidence);
            stale.AddRange(accepted.Stale);
        }

        return (ports, evidence, stale);
    }

    // A deployment that says nothing about its ports listens where other deployments of the same image do.
    private static (HashSet<int> Ports, List<ListeningPort> Evidence) Borrowed(PortSubject subject, Dictionary<string, List<PortSubject>> byImage)
    {
        var ports = new HashSet<int>();
        var evidence = new List<ListeningPort>();
        if (subject.Image is not { IsOfficialImage: false } image || !byImage.TryGetValue(ImageKeys.Of(image), out var siblings))
        {
            return (ports, evidence);
        }

        foreach (var sibling in siblings)
        {
            if (sibling == subject)
            {
                continue;
            }

            foreach (var listener in sibling.Listeners)
            {
                var accepted = listener.Accepted();
                ports.UnionWith(accepted.Ports);
                var where = $"in {listener.Display}, which runs the same image";
                evidence.AddRange(accepted.Evidence.Select(f => f with { Origin = f.Origin.Length == 0 ? where : f.Origin + " " + where }));
            }
        }

        return (ports, evidence);
    }

    // A Terraform value is written once and used here: the default or tfvars line that sets it is where one changes it.
    private static Diagnostic WithOrigins(Diagnostic diagnostic, string what, ImmutableArray<ValueOrigin> origins, Location written)
    {
        foreach (var origin in origins)
        {
            if (!origin.Location.IsNone && origin.Location != written)
            {
                diagnostic = diagnostic.WithRelated(origin.Location, $"{what} comes from {ValueOrigins.Describe(origin)}");
            }
        }

        return diagnostic;
    }

    private static bool Reaches(RouteGroup group, IReadOnlyCollection<int> ports)
    {
        foreach (var route in group.Routes)
        {
            foreach (var port in ports)
            {
                if (route.Targets(port))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Report(WorkspaceAnalysisContext context, RouteGroup group, string target, IReadOnlyCollection<int> ports,
        List<ListeningPort> evidence, List<ListeningPort> stale, HashSet<(Location, string)> reported, bool allowFix)
    {
        var sorted = ports.Order().Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
        var listening = sorted.Count switch
        {
            1 => sorted[0],
            2 => $"{sorted[0]} or {sorted[1]}",
            _ => $"one of {string.Join(", ", sorted)}",
        };
        var because = string.Join("; ", evidence.Select(f => f.Evidence).Distinct(StringComparer.Ordinal));
        foreach (var route in group.Routes)
        {
            var diagnostic = Diagnostic.Create(Rule, route.Location, route.Description, route.PortText, target, listening, because);
            if (!reported.Add((route.Location, diagnostic.Message)))
            {
                continue;
            }

            diagnostic = WithOrigins(diagnostic, route.PortText, route.ValueOrigins, route.Location);
            foreach (var fact in evidence.DistinctBy(f => (f.Location, f.Port)))
            {
                diagnostic = diagnostic.WithRelated(fact.Location, fact.Here);
                diagnostic = WithOrigins(diagnostic, fact.Fact, fact.ValueOrigins, fact.Location);
            }

            foreach (var fact in stale)
            {
                diagnostic = diagnostic.WithRelated(fact.Location, $"{fact.Fact} is declared here too, which the variable contradicts");
            }

            if (allowFix && group.Routes.Length == 1 && sorted.Count == 1 && route.WrittenPort is { } written
                && ScalarEdits.Replace(context.Graph, route.Location, written, sorted[0]) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Route to port {sorted[0]}", edit, FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }
}

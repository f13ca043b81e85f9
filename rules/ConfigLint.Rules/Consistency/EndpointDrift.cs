using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Yaml;
using ConfigLint.Rules.Consistency.Endpoints;
using ConfigLint.Rules.Consistency.Facts;
using ConfigLint.Rules.Kubernetes;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds database and cache endpoints whose host, port or database differ between the files that configure one service.</summary>
public sealed class EndpointDrift : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL6004",
        name: "endpoint-drift",
        title: "One endpoint configured with different hosts, ports or databases",
        messageFormat: "'{0}' in {1} sets the {2} to {3}, but '{4}' in {5} sets it to {6}; both describe what {7} connects to, so one of them is wrong",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Gathers, for every Compose service, Kubernetes container and ECS container definition in Terraform, the
            variables that describe a database, cache or broker: URLs (`DATABASE_URL`, `REDIS_URL`, `MONGO_URL`, `AMQP_URL`, with schemes such as
            `postgres://`, `postgresql+asyncpg://`, `mysql://`, `redis://`, `rediss://`, `mongodb+srv://`, `amqp://`,
            `jdbc:postgresql://`) and their parts (`*_HOST`, `*_PORT`, `*_NAME`, `*_DB`, `PGHOST`, …). Variables of one
            family (`DATABASE_URL`, `DB_HOST`, `DB_PORT`, `DB_NAME`; `REDIS_URL`, `REDIS_DB`) must agree on the host,
            port and database. They are compared where one service gets them: its Compose `environment` and
            `env_file` files, a container's `env` and the ConfigMaps and Secrets it reads, including the keys of
            those objects it does not read itself, or an ECS container's `environment` (values followed through
            variables, locals and tfvars). Different environments (`.env` and `.env.production`) are not
            compared with each other. A cluster address matches its short form (`db`, `db.ns`, `db.ns.svc.cluster.local`).

            A Kubernetes value at `localhost` is `CL3013`'s finding and is not repeated here. Passwords are never shown:
            messages name hosts, ports and databases only, and the password inside a URL is masked in every snippet.

            ## Why is this bad?
            The application reads one of the values and the operators read the other. A Secret whose `DATABASE_URL` was
            copied from a developer's `.env` connects to `localhost` or to the wrong database, while the ConfigMap
            everyone checks names the cluster's database; the failure shows up as a connection error at runtime.

            ## Example
            ```yaml
            kind: ConfigMap
            data:
              DATABASE_HOST: aia-alloydb-primary.default.svc.cluster.local
              DATABASE_NAME: aia
            ---
            kind: Secret
            stringData:
              DATABASE_URL: postgresql://aia:…@aia-alloydb-primary.default.svc.cluster.local:5432/aia_production
            ```

            ## Use instead
            Derive the parts from one place (build the URL from `DB_HOST`, `DB_PORT` and `DB_NAME`), or make every copy
            name the same endpoint.

            ## Fix safety
            No fix: which side is right depends on the environment.
            """,
        tags: ["consistency", "compose", "kubernetes", "dotenv", "terraform"]);

    private const int MaxRelated = 3;

    private static readonly string[] ClusterSuffixes = [".svc.cluster.local", ".svc"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        var reported = new HashSet<(Location, EndpointPart)>();
        foreach (var consumer in EnvironmentFacts.Consumers(context.Graph))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var facts = new List<EndpointFact>();
            foreach (var variable in consumer.Variables)
            {
                facts.AddRange(EndpointFact.Of(variable));
            }

            foreach (var variable in consumer.Unread)
            {
                facts.AddRange(EndpointFact.Of(variable));
            }

            foreach (var family in Families(facts))
            {
                Compare(context, consumer, family, EndpointPart.Host, f => f.Host is { } host ? CanonicalHost(host, consumer.Namespace) : null, reported);
                Compare(context, consumer, family, EndpointPart.Port, f => f.Port?.ToString(CultureInfo.InvariantCulture), reported);
                Compare(context, consumer, family, EndpointPart.Database, f => f.Database, reported);
            }
        }
    }

    // Facts by family in first-appearance order. The generic DATABASE family joins the one engine-specific family the
    // service also configures (DATABASE_URL=postgres://… with POSTGRES_HOST), when its URLs are of that engine.
    private static IEnumerable<List<EndpointFact>> Families(List<EndpointFact> facts)
    {
        var specific = facts.Select(f => f.Family).Where(f => f is "POSTGRES" or "MYSQL").Distinct(StringComparer.Ordinal).ToList();
        var join = specific.Count == 1 && facts.All(f => f.Family != "DATABASE" || f.Engine is null || EndpointKeys.EngineFamily(f.Engine) == specific[0])
            ? specific[0]
            : null;
        return facts.GroupBy(f => join is not null && f.Family == "DATABASE" ? join : f.Family, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .Where(g => g.Count > 1);
    }

    private static void Compare(WorkspaceAnalysisContext context, EnvironmentConsumer consumer, List<EndpointFact> family, EndpointPart part,
        Func<EndpointFact, string?> valueOf, HashSet<(Location, EndpointPart)> reported)
    {
        var values = family.Select(f => (Fact: f, Value: valueOf(f))).Where(p => p.Value is not null).ToList();
        var groups = values.GroupBy(p => p.Value!, StringComparer.Ordinal).ToList();
        if (groups.Count < 2)
        {
            return;
        }

        // The reference is the value most facts agree on; on a tie, a non-loopback host, then a value the service does not
        // read (so the finding lands on the one it does), then the first written.
        var reference = groups
            .OrderByDescending(g => g.Count())
            .ThenBy(g => part == EndpointPart.Host && g.All(p => LocalAddresses.IsLoopback(p.Fact.Host!)) ? 1 : 0)
            .ThenBy(g => g.Any(p => !p.Fact.Variable.IsRead) ? 0 : 1)
            .ThenBy(g => values.FindIndex(p => p.Value == g.Key))
            .First();
        var first = reference.First().Fact;
        foreach (var (fact, _) in values.Where(p => p.Value != reference.Key))
        {
            var location = fact.Variable.ValueLocation;
            if ((part == EndpointPart.Host && consumer.IsKubernetes && LocalAddresses.IsLoopback(fact.Host!)) || !reported.Add((location, part)))
            {
                continue;
            }

            var diagnostic = Diagnostic.Create(Rule, location, fact.Variable.Name, fact.Variable.Origin, PartName(part), Shown(fact, part),
                first.Variable.Name, first.Variable.Origin, Shown(first, part), consumer.Display);
            foreach (var (other, _) in reference.Take(MaxRelated))
            {
                diagnostic = diagnostic.WithRelated(other.Variable.ValueLocation, $"'{other.Variable.Name}' sets the {PartName(part)} to {Shown(other, part)} here");
            }

            var redactions = Redactions(context, [fact, .. reference.Take(MaxRelated).Select(p => p.Fact)]);
            context.ReportDiagnostic(redactions.IsEmpty ? diagnostic : diagnostic with { Redactions = redactions });
        }
    }

    private static string PartName(EndpointPart part) => part switch
    {
        EndpointPart.Host => "host",
        EndpointPart.Port => "port",
        _ => "database",
    };

    private static string Shown(EndpointFact fact, EndpointPart part) => part switch
    {
        EndpointPart.Host => fact.Host!,
        EndpointPart.Port => fact.Port!.Value.ToString(CultureInfo.InvariantCulture),
        _ => fact.Database!,
    };

    // A Secret's value is masked whole (its text may be base64 of the password); elsewhere only the password inside a URL.
    private static ImmutableArray<Location> Redactions(WorkspaceAnalysisContext context, IEnumerable<EndpointFact> facts)
    {
        var result = ImmutableArray.CreateBuilder<Location>();
        foreach (var fact in facts)
        {
            var location = fact.Variable.ValueLocation;
            if (fact.Variable.IsSecret)
            {
                result.Add(location);
            }
            else if (fact.Password is { } password && context.Graph.FindTree(location.Path) is { } tree)
            {
                result.Add(ValueSlices.Slice(tree.Text, location, fact.Variable.Value!, password.Start, password.Length));
            }
        }

        return result.ToImmutable();
    }

    // Cluster DNS names compare by service and namespace: db, db.ns, db.ns.svc and db.ns.svc.cluster.local are one host.
    private static string CanonicalHost(string host, string? @namespace)
    {
        var name = host.TrimEnd('.');
        foreach (var suffix in ClusterSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                return name.Contains('.') || @namespace is null ? name : name + "." + @namespace;
            }
        }

        return @namespace is not null && !name.Contains('.') && !name.Contains(':') && !LocalAddresses.IsLoopback(name) ? name + "." + @namespace : name;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds security group ingress from anywhere (<c>0.0.0.0/0</c>, <c>::/0</c>) to SSH, RDP and database or admin ports.</summary>
public sealed class OpenIngressToSensitivePort : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2030",
        name: "aws-open-ingress-to-sensitive-port",
        title: "Ingress from anywhere to SSH, RDP or a database or admin port",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates every ingress rule of a security group (the `ingress` blocks of `aws_security_group` and
            `aws_default_security_group`, also from `dynamic "ingress"` blocks, `ingress = [...]` and `.tf.json`;
            `aws_security_group_rule` with `type = "ingress"`; `aws_vpc_security_group_ingress_rule`) through
            `count`, `for_each`, variables, tfvars and locals, and reports one whose source is `0.0.0.0/0` or
            `::/0` (in `cidr_blocks`, `ipv6_cidr_blocks`, `cidr_ipv4` or `cidr_ipv6`) and whose protocol and port
            range cover a sensitive port. `protocol = "-1"` (or `"all"`) covers every port. The finding is at the
            CIDR argument, with the variable defaults and tfvars lines the values came from as related locations.

            Reported as an **error** for remote login:

            | port | protocol | service |
            |---|---|---|
            | 22 | TCP | SSH |
            | 3389 | TCP, UDP | RDP |

            and as a **warning** for databases, caches, message brokers and administration interfaces (each
            product's default port as its documentation and IANA's service name registry give it; list compiled
            2026-12-01):

            | port | service | port | service |
            |---|---|---|---|
            | 23 | Telnet | 6379 | Redis |
            | 445 | SMB | 6443 | Kubernetes API server |
            | 1433 | SQL Server | 8080 | HTTP admin consoles (Jenkins, Tomcat manager) |
            | 1521 | Oracle | 9042 | Cassandra |
            | 2181 | ZooKeeper | 9090 | Prometheus |
            | 2375, 2376 | Docker Engine API | 9092 | Kafka |
            | 2379, 2380 | etcd | 9200, 9300 | Elasticsearch / OpenSearch |
            | 3306 | MySQL, MariaDB | 10250 | kubelet |
            | 5432 | PostgreSQL | 11211 | memcached (TCP and UDP) |
            | 5601 | Kibana | 15672 | RabbitMQ management |
            | 5672 | RabbitMQ (AMQP) | 27017 | MongoDB |
            | 5984 | CouchDB | 5985, 5986 | WinRM |

            All are TCP unless the table says otherwise. A severity set in configuration applies to both kinds.
            Rules whose protocol, ports or CIDRs are not known before apply, ICMP and other protocols, egress
            rules and sources given as security groups or prefix lists are not reported.

            ## Why is this bad?
            Every address on the internet is scanned for open SSH and RDP within minutes; an exposed login is
            brute-forced and hit by each new pre-authentication vulnerability. Databases and admin interfaces
            exposed the same way are found by the same scanners and tried with default credentials and known
            exploits, and many (Redis, memcached, Docker, etcd, kubelet) have no authentication by default.

            ## Example
            ```hcl
            resource "aws_security_group" "bastion" {
              name   = "bastion"
              vpc_id = aws_vpc.main.id

              ingress {
                from_port   = 22
                to_port     = 22
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            ```

            ## Use instead
            Reach instances through AWS Systems Manager Session Manager (no inbound rule at all), or allow only a
            known range or a security group:
            ```hcl
            resource "aws_security_group" "bastion" {
              name   = "bastion"
              vpc_id = aws_vpc.main.id

              ingress {
                from_port   = 22
                to_port     = 22
                protocol    = "tcp"
                cidr_blocks = [var.office_cidr]
              }
            }
            ```

            ## Fix safety
            No fix: which addresses should reach the port is a decision, not a mechanical change.
            """,
        tags: ["terraform", "aws", "networking", "security"],
        securitySeverity: 8.5);

    private const string AnyIpv4 = "0.0.0.0/0";
    private const string AnyIpv6 = "::/0";

    // The products' default ports (their documentation, IANA's service name registry where registered), compiled
    // 2026-12-01; the tables in the description are the same list and must change with it.
    private static readonly ImmutableArray<SensitivePort> Ports =
    [
        new(22, "SSH", Tcp: true, Udp: false, IsLogin: true),
        new(3389, "RDP", Tcp: true, Udp: true, IsLogin: true),
        new(23, "Telnet"),
        new(445, "SMB"),
        new(1433, "SQL Server"),
        new(1521, "Oracle"),
        new(2181, "ZooKeeper"),
        new(2375, "Docker Engine API"),
        new(2376, "Docker Engine API over TLS"),
        new(2379, "etcd"),
        new(2380, "etcd peers"),
        new(3306, "MySQL"),
        new(5432, "PostgreSQL"),
        new(5601, "Kibana"),
        new(5672, "RabbitMQ"),
        new(5984, "CouchDB"),
        new(5985, "WinRM"),
        new(5986, "WinRM over HTTPS"),
        new(6379, "Redis"),
        new(6443, "Kubernetes API server"),
        new(8080, "HTTP admin consoles"),
        new(9042, "Cassandra"),
        new(9090, "Prometheus"),
        new(9092, "Kafka"),
        new(9200, "Elasticsearch"),
        new(9300, "Elasticsearch transport"),
        new(10250, "kubelet"),
        new(11211, "memcached", Tcp: true, Udp: true),
        new(15672, "RabbitMQ management"),
        new(27017, "MongoDB"),
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource,
        "aws_security_group", "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode { Module: { } module } node || !AwsProviders.IsAws(node))
        {
            return;
        }

        var evaluator = module.Evaluator;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in ResourceInstances.Of(node))
        {
            foreach (var entry in Entries(node, evaluator, scope))
            {
                foreach (var diagnostic in Check(node, entry))
                {
                    if (reported.Add(diagnostic.Location + diagnostic.Message))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }
    }

    // The ingress rules of one resource instance, each able to read its arguments.
    private static IEnumerable<IngressEntry> Entries(TerraformResourceNode node, TerraformEvaluator evaluator, TerraformScope scope)
    {
        switch (node.Type)
        {
            case "aws_vpc_security_group_ingress_rule":
                yield return FromBody(node.Body, evaluator, scope, node.Address);
                yield break;
            case "aws_security_group_rule":
                var rule = FromBody(node.Body, evaluator, scope, node.Address);
                if (rule.Get("type")?.Value is { Kind: TerraformValueKind.String } type && type.AsString == "ingress")
                {
                    yield return rule;
                }

                yield break;
        }

        var owner = "an ingress block of " + node.Address;
        foreach (var block in node.Body.Blocks)
        {
            if (block.Type == "ingress")
            {
                yield return FromBody(block.Body, evaluator, scope, owner);
            }
            else if (block.Type == "dynamic" && block.Label(0) == "ingress" && block.Body.GetBlock("content") is { } content)
            {
                foreach (var element in evaluator.ExpandDynamic(block, scope) ?? [])
                {
                    yield return FromBody(content.Body, evaluator, element, owner);
                }
            }
        }

        // Attributes as blocks (`ingress = [{ … }]`), and every `ingress` of a .tf.json file.
        if (node.GetArgument("ingress") is not { } attribute)
        {
            yield break;
        }

        if (attribute.Expression.IsJson && !attribute.Expression.IsEmbedded)
        {
            var objects = attribute.Expression.Json?.Kind == TerraformJsonValueKind.Array ? attribute.Expression.JsonItems : [attribute.Expression];
            foreach (var obj in objects)
            {
                if (obj.Json?.Kind == TerraformJsonValueKind.Object)
                {
                    yield return FromJson(obj, evaluator, scope, owner);
                }
            }

            yield break;
        }

        // A literal list of objects is read item by item, so findings point at the item's CIDR argument.
        if (attribute.Expression.Syntax is { Kind: HclSyntaxKind.Tuple } tuple && !attribute.Expression.IsJson
            && tuple.Operands.All(o => o.Kind == HclSyntaxKind.Object))
        {
            foreach (var obj in tuple.Operands)
            {
                yield return FromObjectSyntax(obj, evaluator, scope, owner);
            }

            yield break;
        }

        var value = evaluator.Evaluate(attribute.Expression, scope);
        if (value.Kind == TerraformValueKind.Tuple)
        {
            foreach (var item in value.Items)
            {
                if (item.Kind == TerraformValueKind.Object)
                {
                    yield return FromValue(item.WithOrigins(value.Origins), attribute.Location, owner);
                }
            }
        }
    }

    private static IngressEntry FromBody(TerraformBody body, TerraformEvaluator evaluator, TerraformScope scope, string owner) =>
        new(owner, name => body.GetAttribute(name) is { } attribute ? new Field(evaluator.Evaluate(attribute.Expression, scope), attribute.Location) : null);

    private static IngressEntry FromJson(TerraformExpression obj, TerraformEvaluator evaluator, TerraformScope scope, string owner) =>
        new(owner, name =>
        {
            foreach (var (key, value) in obj.JsonMembers)
            {
                if (key.Name == name)
                {
                    return new Field(evaluator.Evaluate(value, scope), new TerraformAttribute(key.Name, obj.Tree.GetLocation(key.NameSpan), value).Location);
                }
            }

            return null;
        });

    private static IngressEntry FromObjectSyntax(HclExpression obj, TerraformEvaluator evaluator, TerraformScope scope, string owner) =>
        new(owner, name =>
        {
            foreach (var item in obj.Children.OfType<HclObjectItem>())
            {
                if (item.StaticKey == name)
                {
                    return new Field(evaluator.Evaluate(TerraformExpression.FromHcl(item.Value), scope), item.Location);
                }
            }

            return null;
        });

    private static IngressEntry FromValue(TerraformValue obj, Location location, string owner) =>
        new(owner, name => obj.GetAttribute(name) is { } value ? new Field(value.WithOrigins(obj.Origins), location) : null);

    private static IEnumerable<Diagnostic> Check(TerraformResourceNode node, IngressEntry entry)
    {
        var separate = node.Type == "aws_vpc_security_group_ingress_rule";
        if (entry.Get(separate ? "ip_protocol" : "protocol") is not { } protocolField || protocolField.Value.ToStringValue() is not { } protocolText)
        {
            yield break;
        }

        var protocol = protocolText.Trim().ToLowerInvariant();
        var allTraffic = protocol is "-1" or "all";
        var transport = protocol switch
        {
            "tcp" or "6" => "tcp",
            "udp" or "17" => "udp",
            _ => null,
        };
        if (!allTraffic && transport is null)
        {
            yield break;
        }

        Field? fromField = null, toField = null;
        var covered = new List<SensitivePort>();
        string what;
        if (allTraffic)
        {
            covered.AddRange(Ports);
            what = $"all protocols and ports ({(separate ? "ip_protocol" : "protocol")} = \"{protocolText}\")";
        }
        else
        {
            fromField = entry.Get("from_port");
            toField = entry.Get("to_port");
            if (Number(fromField) is not { } from || Number(toField) is not { } to)
            {
                yield break;
            }

            foreach (var port in Ports)
            {
                if ((transport == "tcp" ? port.Tcp : port.Udp) && from <= port.Port && port.Port <= to)
                {
                    covered.Add(port);
                }
            }

            if (covered.Count == 0)
            {
                yield break;
            }

            what = from == to ? $"port {Format(from)}/{transport} ({covered[0].Service})" : $"ports {Format(from)}–{Format(to)}/{transport}, which include {List(covered)}";
        }

        var login = covered.Any(p => p.IsLogin);
        var source = node.Type switch
        {
            "aws_vpc_security_group_ingress_rule" => "referenced_security_group_id",
            "aws_security_group_rule" => "source_security_group_id",
            _ => "security_groups",
        };
        var cidrArguments = separate ? new[] { "cidr_ipv4", "cidr_ipv6" } : ["cidr_blocks", "ipv6_cidr_blocks"];
        foreach (var argument in cidrArguments)
        {
            if (entry.Get(argument) is not { } cidrField || OpenCidr(cidrField.Value) is not { } open)
            {
                continue;
            }

            var message = login
                ? $"{entry.Owner} allows traffic from {open.Cidr} to {what}: anyone on the internet can try to log in, and exposed {LoginServices(covered)} scanned and brute-forced within minutes and hit by every new pre-authentication flaw; reach instances through AWS Systems Manager Session Manager or a bastion host, or allow only a known CIDR (a VPN or office range) or a security group ({source})"
                : $"{entry.Owner} allows traffic from {open.Cidr} to {what}: the service is open to the internet, where databases and admin interfaces are scanned for default credentials and known exploits; allow only the clients' security group ({source}) or a specific CIDR";
            var diagnostic = Diagnostic.Create(Rule, cidrField.Location, message);
            if (!login)
            {
                diagnostic = diagnostic with { Severity = DiagnosticSeverity.Warning };
            }

            diagnostic = ResourceInstances.WithOrigins(diagnostic, open.Value, argument);
            foreach (var (name, field) in new[] { ("protocol", protocolField), ("from_port", fromField), ("to_port", toField) })
            {
                // from_port and to_port from one variable would list its default twice.
                if (field is not null && !field.Value.Origins.All(o => diagnostic.RelatedLocations.Any(r => r.Location == o.Location)))
                {
                    diagnostic = ResourceInstances.WithOrigins(diagnostic, field.Value, name == "from_port" && toField?.Value.Origins.SequenceEqual(field.Value.Origins) == true ? "the port" : name);
                }
            }

            yield return diagnostic;
        }
    }

    // The first item of a CIDR argument (a string or a list of strings) that is the whole IPv4 or IPv6 space.
    private static (string Cidr, TerraformValue Value)? OpenCidr(TerraformValue value)
    {
        if (value.Kind == TerraformValueKind.String)
        {
            return value.AsString.Trim() is AnyIpv4 or AnyIpv6 ? (value.AsString.Trim(), value) : null;
        }

        if (value.Kind == TerraformValueKind.Tuple)
        {
            foreach (var item in value.Items)
            {
                if (item.Kind == TerraformValueKind.String && item.AsString.Trim() is AnyIpv4 or AnyIpv6)
                {
                    return (item.AsString.Trim(), item.WithOrigins(value.Origins));
                }
            }
        }

        return null;
    }

    private static decimal? Number(Field? field) => field?.Value switch
    {
        { Kind: TerraformValueKind.Number } number => number.AsNumber,
        { Kind: TerraformValueKind.String } text when decimal.TryParse(text.AsString, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string LoginServices(List<SensitivePort> covered)
    {
        var services = covered.Where(p => p.IsLogin).Select(p => p.Service).Distinct(StringComparer.Ordinal).ToList();
        return string.Join(" and ", services) + (services.Count == 1 ? " is" : " are");
    }

    // Login ports by name, then up to three others, then how many more.
    private static string List(List<SensitivePort> covered)
    {
        var named = covered.Where(p => p.IsLogin).Concat(covered.Where(p => !p.IsLogin).Take(3)).Select(p => $"{p.Port} ({p.Service})").ToList();
        var rest = covered.Count - named.Count;
        if (rest > 0)
        {
            return string.Join(", ", named) + $" and {rest} other database and admin ports";
        }

        return named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + " and " + named[^1];
    }

    private static string Format(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    private sealed record SensitivePort(int Port, string Service, bool Tcp = true, bool Udp = false, bool IsLogin = false);

    private sealed record Field(TerraformValue Value, Location Location);

    private sealed record IngressEntry(string Owner, Func<string, Field?> Get);
}

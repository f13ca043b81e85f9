using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Functions;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds security group rules that grant a permission the group already has, which AWS rejects.</summary>
public sealed class DuplicateSecurityGroupRule : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2025",
        name: "aws-duplicate-security-group-rule",
        title: "Security group rule that duplicates another",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Collects the permissions each security group of a module gets: the inline `ingress` and `egress`
            blocks of `aws_security_group` (`dynamic` blocks included), and the `aws_security_group_rule`,
            `aws_vpc_security_group_ingress_rule` and `aws_vpc_security_group_egress_rule` resources whose
            `security_group_id` refers to it, each per `count`/`for_each` instance and through variables, locals
            and tfvars. Two permissions are the same when they have the same direction, protocol (`-1` and `all`,
            `6` and `tcp`, `17` and `udp`, `1` and `icmp`, `58` and `icmpv6` are one protocol) and ports (ignored
            for all protocols), and share a source: an IPv4 or IPv6 CIDR block, a prefix list, or a security group
            (`self = true` is the group itself). The later one is reported, with the earlier as related location;
            a rule listing the same CIDR block twice is reported too.

            Only what is known before apply is compared: a source that is a computed value or an unknown
            variable matches nothing. Two inline blocks that are identical in every argument are not reported:
            Terraform merges them into one element of the block set, so AWS receives the permission once. Modules
            with override files are skipped: what is written there is not what is applied.

            ## Why is this bad?
            AWS keeps one permission per protocol, port range and source. A second one fails `apply`: a separate
            rule resource with `InvalidPermission.Duplicate: the specified rule "peer: 10.0.0.0/16, TCP, from port:
            5432, to port: 5432, ALLOW" already exists`, inline blocks of one group with `InvalidParameterValue: The
            same permission must not appear multiple times`. Mixing inline blocks with rule resources for the same
            group also makes each overwrite the other on every apply.

            ## Example
            ```hcl
            resource "aws_security_group" "db" {
              name   = "db"
              vpc_id = aws_vpc.main.id

              ingress {
                from_port   = 5432
                to_port     = 5432
                protocol    = "tcp"
                cidr_blocks = ["10.0.0.0/16"]
              }
            }

            resource "aws_security_group_rule" "db_from_vpc" {
              type              = "ingress"
              security_group_id = aws_security_group.db.id
              from_port         = 5432
              to_port           = 5432
              protocol          = "6"
              cidr_blocks       = ["10.0.0.0/16"]
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_security_group" "db" {
              name   = "db"
              vpc_id = aws_vpc.main.id
            }

            resource "aws_vpc_security_group_ingress_rule" "db_from_vpc" {
              security_group_id = aws_security_group.db.id
              ip_protocol       = "tcp"
              from_port         = 5432
              to_port           = 5432
              cidr_ipv4         = "10.0.0.0/16"
            }
            ```

            ## Fix safety
            No fix: which of the two rules to keep (its description, the resource that owns it in the state) is a
            choice, and removing a rule resource that exists revokes the permission at the next apply.
            """,
        tags: ["terraform", "aws", "networking", "security"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    /// <summary>
    /// One permission: <paramref name="Key"/> is the group, direction, protocol and ports; <paramref name="Sources"/>
    /// the known sources (<c>ipv4:…</c>, <c>ipv6:…</c>, <c>pl:…</c>, <c>sg:…</c>) in order, duplicates kept.
    /// <paramref name="Owner"/> is the resource instance that creates it; <paramref name="Fingerprint"/>, for inline
    /// blocks only, every argument's value (null when one is not known), which tells blocks that Terraform merges.
    /// </summary>
    private sealed record Permission(string Key, string Direction, string Protocol, string Ports, List<Source> Sources, Location Location, string What, string Owner, bool Inline, string? Fingerprint);

    /// <summary>A source of a permission (<c>ipv4:10.0.0.0/16</c>) and where its value came from.</summary>
    private readonly record struct Source(string Key, ImmutableArray<ValueOrigin> Origins);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<TerraformModel>() is not { } model)
        {
            return;
        }

        // An override file changes blocks and arguments of the ones it merges into: what is written is not what is applied.
        foreach (var module in model.Modules.Where(m => !m.HasOverrideFiles))
        {
            var permissions = new List<Permission>();
            foreach (var resource in module.Resources)
            {
                if (resource.Type is "aws_security_group" or "aws_security_group_rule" or "aws_vpc_security_group_ingress_rule" or "aws_vpc_security_group_egress_rule"
                    && AwsProviders.IsAws(resource))
                {
                    permissions.AddRange(Collect(module, resource));
                }
            }

            // Stable, so the instances of one resource keep their order.
            Report(context, [.. permissions.OrderBy(p => p.Location.Path, StringComparer.Ordinal).ThenBy(p => p.Location.Span.Start)]);
        }
    }

    private static void Report(WorkspaceAnalysisContext context, List<Permission> permissions)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var earlierByKey = new Dictionary<string, List<Permission>>(StringComparer.Ordinal);
        foreach (var later in permissions)
        {
            if (!earlierByKey.TryGetValue(later.Key, out var candidates))
            {
                earlierByKey[later.Key] = candidates = [];
            }

            if (Repeated(later.Sources) is { } repeated && reported.Add(later.Location + later.What))
            {
                var message = $"{later.What} lists {Display(repeated.Key)} twice for {Describe(later)}, so AWS rejects it (\"InvalidParameterValue: The same permission must not appear multiple times\"); list each source once";
                context.ReportDiagnostic(WithOrigins(Diagnostic.Create(Rule, later.Location, message), later.Sources, repeated.Key));
            }
            else
            {
                foreach (var earlier in candidates)
                {
                    if (MayBeMerged(earlier, later) || Shared(earlier.Sources, later.Sources) is not { } shared || !reported.Add(later.Location + later.What))
                    {
                        continue;
                    }

                    var error = later.Inline && earlier.Inline && later.Owner == earlier.Owner
                        ? "InvalidParameterValue: The same permission must not appear multiple times"
                        : "InvalidPermission.Duplicate: the specified rule … already exists";
                    var message = $"{later.What} grants the same permission as {earlier.What} ({Describe(later)} {(later.Direction == "ingress" ? "from" : "to")} {Display(shared)}), so AWS rejects the second one (\"{error}\"); remove one of them, or keep the sources they do not share";
                    var diagnostic = Diagnostic.Create(Rule, later.Location, message).WithRelated(earlier.Location, $"the same permission in {earlier.What}");
                    context.ReportDiagnostic(WithOrigins(WithOrigins(diagnostic, later.Sources, shared), earlier.Sources, shared));
                    break;
                }
            }

            candidates.Add(later);
        }
    }

    private static IEnumerable<Permission> Collect(TerraformModule module, TerraformResourceNode resource)
    {
        if (resource.Type == "aws_security_group")
        {
            foreach (var scope in ResourceInstances.Of(resource))
            {
                var group = resource.Address + scope.InstanceKey;
                var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var block in resource.Body.Blocks)
                {
                    if (block.Type is "ingress" or "egress")
                    {
                        var ordinal = ordinals[block.Type] = ordinals.GetValueOrDefault(block.Type) + 1;
                        if (Inline(module, group, block.Type, block.Body, scope, block.TypeLocation, $"{block.Type} block #{ordinal} of {group}") is { } permission)
                        {
                            yield return permission;
                        }
                    }
                    else if (block.Type == "dynamic" && block.Label(0) is "ingress" or "egress" && block.Body.GetBlock("content") is { } content
                        && module.Evaluator.ExpandDynamic(block, scope) is { } elements)
                    {
                        var iterator = block.Body.GetAttribute("iterator")?.Expression.TraversalText ?? block.Label(0)!;
                        foreach (var element in elements)
                        {
                            var key = element.Symbols.GetValueOrDefault(iterator)?.GetAttribute("key") is { IsKnown: true } known ? $" (key {known})" : string.Empty;
                            if (Inline(module, group, block.Label(0)!, content.Body, element, block.Labels[0].Location, $"the dynamic {block.Label(0)} block{key} of {group}") is { } permission)
                            {
                                yield return permission;
                            }
                        }
                    }
                }
            }

            yield break;
        }

        var modern = resource.Type != "aws_security_group_rule";
        foreach (var scope in ResourceInstances.Of(resource))
        {
            if (GroupOf(module, resource, scope) is not { } group)
            {
                continue;
            }

            var direction = modern
                ? resource.Type == "aws_vpc_security_group_ingress_rule" ? "ingress" : "egress"
                : ResourceInstances.String(resource, "type", scope);
            if (direction is not ("ingress" or "egress")
                || Protocol(ResourceInstances.Argument(resource, modern ? "ip_protocol" : "protocol", scope)) is not { } protocol
                || Ports(protocol, ResourceInstances.Argument(resource, "from_port", scope), ResourceInstances.Argument(resource, "to_port", scope)) is not { } ports)
            {
                continue;
            }

            var sources = new List<Source>();
            if (modern)
            {
                AddSingle(sources, "ipv4:", ResourceInstances.Argument(resource, "cidr_ipv4", scope));
                AddSingle(sources, "ipv6:", ResourceInstances.Argument(resource, "cidr_ipv6", scope));
                AddSingle(sources, "pl:", ResourceInstances.Argument(resource, "prefix_list_id", scope));
                AddGroup(module, sources, resource.GetArgument("referenced_security_group_id"), scope);
            }
            else
            {
                AddList(sources, "ipv4:", ResourceInstances.Argument(resource, "cidr_blocks", scope));
                AddList(sources, "ipv6:", ResourceInstances.Argument(resource, "ipv6_cidr_blocks", scope));
                AddList(sources, "pl:", ResourceInstances.Argument(resource, "prefix_list_ids", scope));
                AddGroup(module, sources, resource.GetArgument("source_security_group_id"), scope);
                if (ResourceInstances.Bool(resource, "self", scope) == true)
                {
                    sources.Add(new Source("sg:" + group, []));
                }
            }

            var address = resource.Address + scope.InstanceKey;
            yield return new Permission($"{group}|{direction}|{protocol}|{ports}", direction, protocol, ports, sources, resource.Location, address, address, Inline: false, Fingerprint: null);
        }
    }

    private static Permission? Inline(TerraformModule module, string group, string direction, TerraformBody body, TerraformScope scope, Location location, string what)
    {
        TerraformValue? Value(string name) => body.GetAttribute(name) is { } attribute ? module.Evaluator.Evaluate(attribute.Expression, scope) : null;

        if (Protocol(Value("protocol")) is not { } protocol || Ports(protocol, Value("from_port"), Value("to_port")) is not { } ports)
        {
            return null;
        }

        var sources = new List<Source>();
        AddList(sources, "ipv4:", Value("cidr_blocks"));
        AddList(sources, "ipv6:", Value("ipv6_cidr_blocks"));
        AddList(sources, "pl:", Value("prefix_list_ids"));
        if (body.GetAttribute("security_groups") is { } groups)
        {
            AddGroups(module, sources, groups, scope);
        }

        if (Value("self") is { Kind: TerraformValueKind.Bool, AsBool: true })
        {
            sources.Add(new Source("sg:" + group, []));
        }

        var values = body.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Name, Value: module.Evaluator.Evaluate(a.Expression, scope))).ToList();
        var fingerprint = values.All(v => v.Value.IsWhollyKnown) ? string.Join("\n", values.Select(v => v.Name + "=" + v.Value)) : null;
        return new Permission($"{group}|{direction}|{protocol}|{ports}", direction, protocol, ports, sources, location, what, group, Inline: true, fingerprint);
    }

    // The group a rule resource adds to: a security group of the module with one instance, or a literal sg- id.
    private static string? GroupOf(TerraformModule module, TerraformResourceNode rule, TerraformScope scope)
    {
        if (ResourceReferences.Single(module, rule.GetArgument("security_group_id"), "aws_security_group") is { } group)
        {
            return group.Count is null && group.ForEach is null ? group.Address : null;
        }

        return ResourceInstances.String(rule, "security_group_id", scope) is { } id && id.StartsWith("sg-", StringComparison.Ordinal) ? id : null;
    }

    private static string? Protocol(TerraformValue? value)
    {
        var text = value switch
        {
            { Kind: TerraformValueKind.String } => value.AsString.Trim().ToLowerInvariant(),
            { Kind: TerraformValueKind.Number } => TerraformValue.FormatNumber(value.AsNumber),
            _ => null,
        };
        return text switch
        {
            null or "" => null,
            "-1" or "all" => "all",
            "6" => "tcp",
            "17" => "udp",
            "1" => "icmp",
            "58" => "icmpv6",
            _ => text,
        };
    }

    private static string? Ports(string protocol, TerraformValue? from, TerraformValue? to)
    {
        if (protocol == "all")
        {
            return "all";
        }

        return Number(from) is { } low && Number(to) is { } high
            ? FormattableString.Invariant($"{low}..{high}")
            : null;
    }

    private static decimal? Number(TerraformValue? value) => value switch
    {
        { Kind: TerraformValueKind.Number } => value.AsNumber,
        { Kind: TerraformValueKind.String } when decimal.TryParse(value.AsString, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static void AddSingle(List<Source> sources, string kind, TerraformValue? value)
    {
        if (value is { Kind: TerraformValueKind.String } && value.AsString.Length > 0)
        {
            sources.Add(new Source(kind + Canonical(kind, value.AsString), value.Origins));
        }
    }

    private static void AddList(List<Source> sources, string kind, TerraformValue? value)
    {
        if (value is not { Kind: TerraformValueKind.Tuple })
        {
            return;
        }

        foreach (var item in value.Items)
        {
            AddSingle(sources, kind, item.Origins.IsEmpty ? item.WithOrigins(value.Origins) : item);
        }
    }

    // security_groups = [aws_security_group.app.id, "sg-…"]: each element is a reference or a literal id.
    private static void AddGroups(TerraformModule module, List<Source> sources, TerraformAttribute attribute, TerraformScope scope)
    {
        if (attribute.Expression.IsJson)
        {
            foreach (var item in attribute.Expression.JsonItems)
            {
                AddGroup(module, sources, attribute with { Expression = item }, scope);
            }

            return;
        }

        if (attribute.Expression.Syntax is { Kind: HclSyntaxKind.Tuple } tuple)
        {
            foreach (var item in tuple.Operands)
            {
                AddGroup(module, sources, attribute with { Expression = TerraformExpression.FromHcl(item) }, scope);
            }
        }
    }

    private static void AddGroup(TerraformModule module, List<Source> sources, TerraformAttribute? attribute, TerraformScope scope)
    {
        if (attribute is null)
        {
            return;
        }

        if (module.Evaluator.Evaluate(attribute.Expression, scope) is { Kind: TerraformValueKind.String } literal)
        {
            sources.Add(new Source("sg:" + literal.AsString, literal.Origins));
            return;
        }

        // A reference names one group only when the group has one instance and nothing per instance is involved.
        var references = TerraformReferenceCollector.Collect(attribute.Expression);
        if (references.Length == 1 && references[0] is { Kind: TerraformReferenceKind.Resource, Type: "aws_security_group", HasIndex: false }
            && module.Resolve(references[0]) is TerraformResourceNode { Count: null, ForEach: null } group)
        {
            sources.Add(new Source("sg:" + group.Address, []));
        }
    }

    private static string Canonical(string kind, string text) =>
        kind is "ipv4:" or "ipv6:" && CidrBlock.TryParse(text, out var block) ? block.ToString() : text;

    private static Source? Repeated(List<Source> sources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!seen.Add(source.Key))
            {
                return source;
            }
        }

        return null;
    }

    private static string? Shared(List<Source> earlier, List<Source> later)
    {
        foreach (var source in later)
        {
            foreach (var other in earlier)
            {
                if (other.Key == source.Key)
                {
                    return source.Key;
                }
            }
        }

        return null;
    }

    // Where the shared source's value came from (a variable default, a tfvars line), for each side that has it.
    private static Diagnostic WithOrigins(Diagnostic diagnostic, List<Source> sources, string key)
    {
        foreach (var source in sources)
        {
            if (source.Key != key)
            {
                continue;
            }

            foreach (var origin in source.Origins)
            {
                if (!origin.Location.IsNone && !diagnostic.RelatedLocations.Any(r => r.Location == origin.Location))
                {
                    diagnostic = diagnostic.WithRelated(origin.Location, $"{Display(key)} comes from the {origin.Description}");
                }
            }
        }

        return diagnostic;
    }

    private static string Display(string source) => source[(source.IndexOf(':') + 1)..];

    private static string Describe(Permission permission) => permission.Ports switch
    {
        "all" => $"{permission.Direction} on all protocols",
        _ when permission.Protocol is "icmp" or "icmpv6" => $"{permission.Direction} {permission.Protocol} type {permission.Ports.Replace("..", " code ", StringComparison.Ordinal)}",
        _ when permission.Ports.Split("..") is [var low, var high] && low == high => $"{permission.Direction} {permission.Protocol} port {low}",
        _ => $"{permission.Direction} {permission.Protocol} ports {permission.Ports.Replace("..", "-", StringComparison.Ordinal)}",
    };

    // Terraform keeps inline blocks in a set: blocks equal in every argument are one element, and AWS gets the
    // permission once. Blocks with a value not known before apply may be equal too.
    private static bool MayBeMerged(Permission earlier, Permission later) =>
        later.Inline && earlier.Inline && later.Owner == earlier.Owner
        && (later.Fingerprint is null || earlier.Fingerprint is null || later.Fingerprint == earlier.Fingerprint);
}

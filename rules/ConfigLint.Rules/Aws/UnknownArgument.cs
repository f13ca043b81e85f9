using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Rules.Aws.Schema;
using ConfigLint.Rules.Terraform;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds arguments and blocks the resource type does not have, e.g. <c>log_destination_arn</c> on <c>aws_flow_log</c>.</summary>
public sealed class UnknownArgument : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2001",
        name: "aws-unknown-argument",
        title: "Unknown argument or block for the resource type",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Checks every argument and nested block of `resource` and `data` blocks against the provider's schema
            (the built-in catalogs of hashicorp/aws 6.x and 5.x, chosen by the `required_providers` version
            constraint, or the schemas given with `--provider-schema`), down through nested blocks and the
            `content` of `dynamic` blocks. Attributes that only the provider computes (`arn`, `owner_id`) are
            reported when set to a value that is not null (a known value, or another resource's attribute): the
            provider treats null, e.g. a variable defaulting to null, as not set. Meta-arguments (`count`,
            `for_each`, `depends_on`, `provider`) and the language's `lifecycle`, `provisioner` and `connection`
            blocks are Terraform's own and are not checked here. Nothing is reported inside blocks whose contents
            the catalog does not know (wafv2 statements), nor anywhere in a module whose constraint admits only
            releases newer than the catalog (`>= 6.28` against the 6.25.0 catalog): an argument the catalog lacks
            may have been added since.

            The message suggests the intended name: a known rename first (`log_destination_arn` →
            `log_destination`, 5.0 upgrade-guide renames), then names within a small edit distance. When the name
            exists only in the other major line of the provider, the message says so ("removed in 6.0",
            "added in 6.0").

            ## Why is this bad?
            `terraform validate`, `plan` and `apply` stop with "Unsupported argument" or "Unsupported block type"
            before anything is created.

            ## Example
            ```hcl
            resource "aws_flow_log" "vpc" {
              vpc_id              = aws_vpc.main.id
              traffic_type        = "ALL"
              log_destination_arn = aws_cloudwatch_log_group.flow.arn
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_flow_log" "vpc" {
              vpc_id          = aws_vpc.main.id
              traffic_type    = "ALL"
              log_destination = aws_cloudwatch_log_group.flow.arn
            }
            ```

            ## Fix safety
            A fix renames the argument or block when there is exactly one good candidate that is not written
            already. It is safe for a known rename of a name no provider line has (`log_destination_arn`), and
            unsafe for a name found by edit distance, which may be a different argument than the one meant. A
            name that the other major line has (`vpc` on `aws_eip` under 6.x) gets no fix: its replacement may
            take a different value (`domain = "vpc"`). No fix in `.tf.json` files.
            """,
        tags: ["terraform", "aws"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, NodeKind.TerraformData);

    private static void Analyze(NodeAnalysisContext context)
    {
        // A catalog older than every version the constraint admits cannot tell a new argument from a wrong one.
        if (AwsSchemaTarget.For(context) is not { Schema: { } schema, Selection.PredatesConstraint: false } target)
        {
            return;
        }

        var walk = SchemaWalk.Of(target.Node, schema);
        foreach (var site in walk.Members)
        {
            if (site.Member is null)
            {
                context.ReportDiagnostic(Describe(target, site, walk));
            }
            else if (site is { Kind: SchemaSiteKind.Attribute, Member: AttributeSchema { IsComputedOnly: true }, Attribute: { } attribute }
                && IsSet(target, attribute))
            {
                var message = $"'{site.Name}' of {target.Describe(site.Path)} is computed by the provider and cannot be set, so Terraform stops with \"Value for unconfigurable attribute\"; remove it{(site.Path.IsEmpty ? $" and read {target.Node.Address}.{site.Name} where the value is needed" : string.Empty)}";
                context.ReportDiagnostic(Diagnostic.Create(Rule, site.NameLocation, message));
            }
        }
    }

    // The provider rejects only a value that is set: null (a variable defaulting to null, an optional object
    // attribute read through a dynamic block's iterator) is the same as leaving the attribute out. Report a known
    // non-null value, or a plain reference to another resource's attribute (arn = aws_sqs_queue.other.arn).
    private static bool IsSet(AwsSchemaTarget target, TerraformAttribute attribute)
    {
        if (target.Node.Module?.Evaluator.Evaluate(attribute.Expression) is not { } value)
        {
            return false;
        }

        if (value.IsKnown)
        {
            return !value.IsNull;
        }

        return attribute.Expression.TraversalText is not null && IsResourceReference(target, attribute.Expression);
    }

    // The node's references leave out a dynamic block's iterator, so a traversal found among them with a resource
    // or data source kind is one (rule.value.arn is not).
    private static bool IsResourceReference(AwsSchemaTarget target, TerraformExpression expression)
    {
        var span = expression.Location.Span;
        foreach (var reference in target.Node.References)
        {
            if (reference.Location.Span.Start == span.Start)
            {
                return reference.Kind is TerraformReferenceKind.Resource or TerraformReferenceKind.DataSource;
            }
        }

        return false;
    }

    private static Diagnostic Describe(AwsSchemaTarget target, SchemaMemberSite site, SchemaWalk walk)
    {
        var selection = target.Selection;
        var what = site.Kind == SchemaSiteKind.Attribute ? "argument" : "block type";
        var error = site.Kind == SchemaSiteKind.Attribute ? "Unsupported argument" : "Unsupported block type";
        var other = selection.FindInOtherLines(target.Kind, target.Node.Type, site.Path, site.Name);
        var otherText = other is null ? string.Empty : $" ({other.Describe()}; hashicorp/aws {other.Catalog.Version} has it)";
        var suggestions = selection.SuggestMember(target.Kind, target.Node.Type, site.Path, site.Name);
        var hint = suggestions.Count switch
        {
            0 => string.Empty,
            1 => $"; did you mean '{suggestions[0]}'?",
            _ => $"; did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?",
        };
        var message = $"{target.Describe(site.Path)} has no {what} '{site.Name}' in {target.ProviderDescription}{otherText}, so Terraform stops with \"{error}\"{hint}";
        var diagnostic = Diagnostic.Create(Rule, site.NameLocation, message);

        // A name the other major line has is a real argument that was removed or is yet to come, not a typo: its
        // replacement may take another value (vpc = true became domain = "vpc"), so renaming it is no fix.
        return other is null && Fix(target, site, walk) is { } fix ? diagnostic.WithFix(fix) : diagnostic;
    }

    private static CodeFix? Fix(AwsSchemaTarget target, SchemaMemberSite site, SchemaWalk walk)
    {
        if (site.IsJson || target.Selection.Catalog.Get(target.Kind, target.Node.Type)?.Block.Descend(site.Path) is not { } parent)
        {
            return null;
        }

        var (candidate, safety) = Candidate(target, site, parent);
        if (candidate is null || AlreadyWritten(walk, site, candidate))
        {
            return null;
        }

        var text = target.Node.Tree.Text;
        switch (site.Kind)
        {
            case SchemaSiteKind.Attribute when parent.GetAttribute(candidate) is not null && site.Attribute is { } attribute:
                return CodeFix.Create($"Rename to '{candidate}'", ArgumentEdits.Rename(text, attribute, candidate), safety);
            case SchemaSiteKind.Block when parent.Find(candidate) is NestedBlockSchema or AttributeSchema { NestedType: not null }:
                return CodeFix.Create($"Rename to '{candidate}'", new TextEdit(site.NameLocation.Path, site.NameLocation.Span, candidate), safety);
            case SchemaSiteKind.Dynamic when parent.Find(candidate) is NestedBlockSchema or AttributeSchema { NestedType: not null } && site.NameLocation.Span.Length >= 2:
                var inner = new TextSpan(site.NameLocation.Span.Start + 1, site.NameLocation.Span.Length - 2);
                return text.ToString(inner) == site.Name
                    ? CodeFix.Create($"Rename to '{candidate}'", new TextEdit(site.NameLocation.Path, inner, candidate), safety)
                    : null;
            default:
                return null;
        }
    }

    // One known rename (safe), or else one nearest name by edit distance with no other as near (unsafe).
    private static (string? Candidate, FixSafety Safety) Candidate(AwsSchemaTarget target, SchemaMemberSite site, BlockSchema parent)
    {
        if (site.Path.IsEmpty)
        {
            var renames = new List<string>();
            foreach (var catalog in new[] { target.Selection.Catalog }.Concat(target.Selection.OtherLines))
            {
                foreach (var rename in catalog.RenamesFrom(target.Kind, target.Node.Type, site.Name))
                {
                    if (parent.Contains(rename.To) && !renames.Contains(rename.To))
                    {
                        renames.Add(rename.To);
                    }
                }
            }

            if (renames.Count > 0)
            {
                return renames.Count == 1 ? (renames[0], FixSafety.Safe) : (null, FixSafety.Unsafe);
            }
        }

        var ranked = DidYouMean.Rank(site.Name, parent.SettableNames, limit: 2);
        if (ranked.Count == 0)
        {
            return (null, FixSafety.Unsafe);
        }

        var max = DidYouMean.MaxDistance(site.Name.Length);
        var best = DidYouMean.Distance(site.Name, ranked[0], max);
        var tie = ranked.Count > 1 && DidYouMean.Distance(site.Name, ranked[1], max) == best;
        return tie ? (null, FixSafety.Unsafe) : (ranked[0], FixSafety.Unsafe);
    }

    private static bool AlreadyWritten(SchemaWalk walk, SchemaMemberSite site, string candidate)
    {
        foreach (var other in walk.Members)
        {
            if (other.Name == candidate && ReferenceEquals(other.Container, site.Container))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds S3 lifecycle rules with neither <c>filter</c> nor <c>prefix</c>.</summary>
public sealed class S3LifecycleRuleWithoutFilter : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2010",
        name: "aws-s3-lifecycle-rule-without-filter",
        title: "S3 lifecycle rule without filter or prefix",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports each `rule` of an `aws_s3_bucket_lifecycle_configuration` (also from a `dynamic "rule"` block,
            and in `.tf.json`) that has neither a `filter` block nor the deprecated `prefix` argument. It also
            reports the deprecated inline `lifecycle_rule` blocks of `aws_s3_bucket` that have neither `prefix`
            nor `tags`: they apply to every object, and when they move to the split resource they need a
            `filter`.

            ## Why is this bad?
            The provider requires exactly one of `rule[0].filter` and `rule[0].prefix` and warns "No attribute
            specified when one (and only one) of [rule[0].filter,rule[0].prefix] is required" on every plan; the
            warning becomes an error in a future provider version, and S3 itself treats a rule without a filter
            inconsistently across API versions. Writing `filter {}` states that the rule covers the whole bucket.

            ## Example
            ```hcl
            resource "aws_s3_bucket_lifecycle_configuration" "logs" {
              bucket = aws_s3_bucket.logs.id

              rule {
                id     = "archive"
                status = "Enabled"

                transition {
                  days          = 90
                  storage_class = "GLACIER"
                }
              }
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket_lifecycle_configuration" "logs" {
              bucket = aws_s3_bucket.logs.id

              rule {
                id     = "archive"
                status = "Enabled"

                filter {}

                transition {
                  days          = 90
                  storage_class = "GLACIER"
                }
              }
            }
            ```

            ## Fix safety
            The fix adds `filter {}` after the rule's arguments. It is safe: a rule without a filter already
            applies to every object, and `filter {}` says exactly that. No fix for `.tf.json` files or inline
            `lifecycle_rule` blocks, which have no `filter`.
            """,
        tags: ["terraform", "aws", "s3"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node))
        {
            return;
        }

        var legacy = node.Type == "aws_s3_bucket";
        var blockType = legacy ? "lifecycle_rule" : "rule";
        foreach (var (body, location, fixTarget) in Rules(node.Body, blockType))
        {
            if (!Lacks(body, legacy))
            {
                continue;
            }

            var id = body.Attributes.FirstOrDefault(a => a.Name == "id")?.Expression.TryGetStaticString(out var text) == true ? $" '{text}'" : string.Empty;
            if (legacy)
            {
                var message = $"lifecycle_rule{id} of {node.Address} has neither prefix nor tags, so it applies to every object in the bucket; inline lifecycle_rule is deprecated: move it to aws_s3_bucket_lifecycle_configuration with filter {{}} (a rule there without filter or prefix draws the provider's \"one of [rule[0].filter,rule[0].prefix] is required\" warning)";
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, message));
                continue;
            }

            var diagnostic = Diagnostic.Create(Rule, location,
                $"rule{id} of {node.Address} has neither filter nor prefix, which the provider requires exactly one of (\"No attribute specified when one (and only one) of [rule[0].filter,rule[0].prefix] is required\"); add filter {{}} to apply it to the whole bucket, or filter {{ prefix = \"…\" }}");
            if (fixTarget is not null && BlockEdits.AddLine(fixTarget, "filter {}", separate: true) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create("Add filter {}", edit));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    private static bool Lacks(RuleBody body, bool legacy)
    {
        if (body.Members.Contains("prefix") && !body.NullPrefix)
        {
            return false;
        }

        return legacy ? !body.Members.Contains("tags") : !body.Members.Contains("filter");
    }

    // Each rule body: native blocks, the content of dynamic blocks of that type, JSON objects.
    private static IEnumerable<(RuleBody Body, Location Location, TerraformBlock? FixTarget)> Rules(TerraformBody resource, string blockType)
    {
        foreach (var block in resource.Blocks)
        {
            if (block.Type == blockType)
            {
                yield return (RuleBody.Of(block.Body), block.TypeLocation, block);
            }
            else if (block.Type == "dynamic" && block.Label(0) == blockType && block.Body.GetBlock("content") is { } content)
            {
                yield return (RuleBody.Of(content.Body), block.Labels[0].Location, content);
            }
        }

        if (resource.IsJson && resource.GetAttribute(blockType) is { } json)
        {
            var objects = json.Expression.Json?.Kind == TerraformJsonValueKind.Array ? json.Expression.JsonItems : [json.Expression];
            foreach (var obj in objects)
            {
                if (obj.Json?.Kind == TerraformJsonValueKind.Object)
                {
                    yield return (RuleBody.Of(obj), json.NameLocation, null);
                }
            }
        }
    }

    /// <summary>What a rule body sets: member names (blocks, arguments and dynamic block labels) and whether <c>prefix</c> is the literal null.</summary>
    private sealed record RuleBody(ImmutableHashSet<string> Members, bool NullPrefix, ImmutableArray<TerraformAttribute> Attributes)
    {
        public static RuleBody Of(TerraformBody body)
        {
            var names = body.Attributes.Select(a => a.Name)
                .Concat(body.Blocks.Select(b => b.Type == "dynamic" ? b.Label(0) ?? b.Type : b.Type));
            return new RuleBody([.. names], body.GetAttribute("prefix")?.Expression.IsNullLiteral == true, body.Attributes);
        }

        public static RuleBody Of(TerraformExpression json)
        {
            var names = new List<string>();
            var attributes = ImmutableArray.CreateBuilder<TerraformAttribute>();
            var nullPrefix = false;
            foreach (var (key, value) in json.JsonMembers)
            {
                names.Add(key.Name);
                attributes.Add(new TerraformAttribute(key.Name, json.Tree.GetLocation(key.NameSpan), value));
                if (key.Name == "dynamic")
                {
                    names.AddRange(value.JsonMembers.Select(m => m.Key.Name));
                }

                nullPrefix |= key.Name == "prefix" && value.IsNullLiteral;
            }

            return new RuleBody([.. names], nullPrefix, attributes.ToImmutable());
        }
    }
}

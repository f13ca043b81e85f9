using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds S3 buckets without a public access block that turns on all four of its settings.</summary>
public sealed class S3BucketWithoutPublicAccessBlock : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2031",
        name: "aws-s3-bucket-without-public-access-block",
        title: "S3 bucket without a complete public access block",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            For each `aws_s3_bucket`, looks for an `aws_s3_bucket_public_access_block` whose `bucket` refers to it
            (`aws_s3_bucket.x.id` or `.bucket`, directly, through locals, or through `for_each = aws_s3_bucket.x`
            with `each.value.id`; or the bucket's name as a string) and that sets `block_public_acls`,
            `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to `true`. It reports:

            - a bucket with no such block, at the bucket;
            - a block that leaves settings out (they default to `false`), at the block;
            - a setting that is `false` (also through a variable or tfvars), at the setting.

            Nothing is reported when an `aws_s3_account_public_access_block` with all four settings `true` is in the
            configuration (it covers every bucket of the account), and buckets without a block are not reported
            when some public access block's `bucket` is not known before apply (a variable, a module output): that
            block may be theirs.

            ## Why is this bad?
            Without Block Public Access, one public ACL (`acl = "public-read"`, an object uploaded with
            `x-amz-acl: public-read`) or a bucket policy with `"Principal": "*"` makes the data readable by anyone,
            which is how most S3 data leaks happen. S3 turns all four settings on for buckets created since
            April 2023 (AWS News Blog, "Heads-Up: Amazon S3 Security Changes Are Coming in April of 2023", read
            2026-12-01), but unless the configuration says so nothing keeps them on: they are not in the plan, a
            change in the console goes unnoticed, and older buckets do not have them. A setting written `false`
            turns the protection off; S3 applies the most restrictive combination of the bucket's and the
            account's settings, which is why an account-level block counts.

            ## Example
            ```hcl
            resource "aws_s3_bucket" "reports" {
              bucket = "acme-reports"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket" "reports" {
              bucket = "acme-reports"
            }

            resource "aws_s3_bucket_public_access_block" "reports" {
              bucket = aws_s3_bucket.reports.id

              block_public_acls       = true
              block_public_policy     = true
              ignore_public_acls      = true
              restrict_public_buckets = true
            }
            ```
            A bucket that must be public (a static website without CloudFront) is better served through
            CloudFront with origin access control; otherwise suppress the finding on it with a reason.

            ## Fix safety
            Adding the settings a block leaves out is safe: a block is there to block public access, and S3
            applies the same settings to new buckets. Turning a `false` setting to `true` and adding a whole
            `aws_s3_bucket_public_access_block` after the bucket are unsafe: they stop public access that may be
            intended, and applying them fails while a public bucket policy is attached.
            """,
        tags: ["terraform", "aws", "s3", "security"],
        securitySeverity: 7.5);

    private static readonly ImmutableArray<(string Name, string Effect)> Settings =
    [
        ("block_public_acls", "new public ACLs can be put on the bucket and its objects"),
        ("block_public_policy", "a bucket policy that grants public access can be attached"),
        ("ignore_public_acls", "S3 honours the public ACLs the bucket and its objects already have"),
        ("restrict_public_buckets", "a public bucket policy gives anyone access to the bucket"),
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<TerraformModel>() is not { } model)
        {
            return;
        }

        var buckets = new List<TerraformResourceNode>();
        var blocks = new List<TerraformResourceNode>();
        foreach (var module in model.Modules)
        {
            foreach (var resource in module.Resources)
            {
                if (resource.Type is not ("aws_s3_bucket" or "aws_s3_bucket_public_access_block" or "aws_s3_account_public_access_block")
                    || !AwsProviders.IsAws(resource) || ResourceInstances.Of(resource).IsEmpty)
                {
                    continue;
                }

                if (resource.Type == "aws_s3_account_public_access_block")
                {
                    if (Settings.All(s => IsTrueEverywhere(resource, s.Name)))
                    {
                        return;
                    }
                }
                else
                {
                    (resource.Type == "aws_s3_bucket" ? buckets : blocks).Add(resource);
                }
            }
        }

        var blocksOf = new Dictionary<TerraformResourceNode, List<TerraformResourceNode>>();
        var untraced = false;
        foreach (var block in blocks)
        {
            var targets = Targets(block, buckets);
            if (targets is null)
            {
                untraced = true;
                continue;
            }

            foreach (var bucket in targets)
            {
                if (!blocksOf.TryGetValue(bucket, out var list))
                {
                    blocksOf[bucket] = list = [];
                }

                list.Add(block);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            if (!blocksOf.TryGetValue(bucket, out var found))
            {
                if (!untraced)
                {
                    context.ReportDiagnostic(Missing(bucket));
                }

                continue;
            }

            if (found.Any(b => Settings.All(s => IsTrueEverywhere(b, s.Name))))
            {
                continue;
            }

            foreach (var block in found)
            {
                foreach (var diagnostic in Incomplete(block))
                {
                    if (reported.Add(diagnostic.Location + diagnostic.Message))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }
    }

    // The buckets a block's `bucket` names; empty when it names a bucket outside the configuration, null when not known.
    private static List<TerraformResourceNode>? Targets(TerraformResourceNode block, List<TerraformResourceNode> buckets)
    {
        var module = block.Module!;
        var argument = block.GetArgument("bucket");
        var targets = ResourceReferences.In(module, argument).Where(r => r.Type == "aws_s3_bucket").Distinct().ToList();
        if (targets.Count == 0 && argument is not null && argument.Expression.SourceText.Contains("each.", StringComparison.Ordinal))
        {
            targets = ResourceReferences.In(module, block.ForEach).Where(r => r.Type == "aws_s3_bucket").Distinct().ToList();
        }

        if (targets.Count > 0)
        {
            return targets;
        }

        var names = ResourceInstances.Of(block).Select(scope => ResourceInstances.Argument(block, "bucket", scope)).ToList();
        if (names.Count == 0 || names.Any(n => n is not { Kind: TerraformValueKind.String }))
        {
            return null;
        }

        return buckets.Where(bucket => ResourceInstances.Of(bucket).Any(scope => ResourceInstances.String(bucket, "bucket", scope) is { } name
            && names.Any(n => n!.AsString == name))).ToList();
    }

    private static Diagnostic Missing(TerraformResourceNode bucket)
    {
        var message = $"{bucket.Address} has no aws_s3_bucket_public_access_block, so nothing in the configuration keeps S3 Block Public Access on: once it is off (an older bucket, a change in the console), one public ACL or a bucket policy with \"Principal\": \"*\" exposes its objects to anyone; add an aws_s3_bucket_public_access_block with bucket = {bucket.Address}.id and block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets = true";
        var diagnostic = Diagnostic.Create(Rule, bucket.Location, message);
        return NewBlock(bucket) is { } edit ? diagnostic.WithFix(CodeFix.Create($"Add aws_s3_bucket_public_access_block.{bucket.Name}", edit, FixSafety.Unsafe)) : diagnostic;
    }

    private static IEnumerable<Diagnostic> Incomplete(TerraformResourceNode block)
    {
        var missing = new List<string>();
        foreach (var (name, effect) in Settings)
        {
            if (block.GetArgument(name) is not { } attribute)
            {
                missing.Add(name);
                continue;
            }

            foreach (var scope in ResourceInstances.Of(block))
            {
                if (ResourceInstances.Argument(block, name, scope) is not { } value || ResourceInstances.Bool(block, name, scope) != false)
                {
                    continue;
                }

                var message = $"{block.Address} sets {name} = false, so {effect}; set {name} = true, or suppress this finding with the reason the bucket must be public";
                var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), value, name);
                if (attribute.Expression.SourceText == "false")
                {
                    diagnostic = diagnostic.WithFix(CodeFix.Create($"Set {name} = true", new TextEdit(block.Tree.Path, attribute.Expression.Location.Span, "true"), FixSafety.Unsafe));
                }

                yield return diagnostic;
                break;
            }
        }

        if (missing.Count == 0)
        {
            yield break;
        }

        var list = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[^1];
        var verb = missing.Count == 1 ? "defaults" : "default";
        var effects = missing.Count == Settings.Length
            ? "public ACLs and public bucket policies are all allowed"
            : string.Join(", and ", Settings.Where(s => missing.Contains(s.Name)).Select(s => s.Effect));
        var text = missing.Count == Settings.Length
            ? $"{block.Address} sets none of {list}, which default to false, so {effects}: the block blocks nothing; add {list} = true"
            : $"{block.Address} does not set {list}, which {verb} to false, so {effects}; add {list} = true";
        var result = Diagnostic.Create(Rule, block.Location, text);
        if (AddSettings(block.Block, missing) is { } edit)
        {
            result = result.WithFix(CodeFix.Create($"Add {list} = true", edit));
        }

        yield return result;
    }

    private static bool IsTrueEverywhere(TerraformResourceNode node, string name) =>
        ResourceInstances.Of(node).All(scope => ResourceInstances.Bool(node, name, scope) == true);

    // The settings after the block's last argument: in its group when their names fit its `=` column, else as a group of their own.
    private static TextEdit? AddSettings(TerraformBlock block, List<string> names)
    {
        if (block.Hcl is not { } hcl || hcl.Body.Items.OfType<HclAttribute>().LastOrDefault() is not { } last)
        {
            return null;
        }

        var content = block.Tree.Text.Content;
        var equals = content.IndexOf('=', last.NameToken.Span.End);
        var width = equals - last.NameToken.Span.Start;
        var fits = equals > 0 && equals < last.Expression.Span.Start && names.All(n => n.Length < width);
        var pad = fits ? width : names.Max(n => n.Length) + 1;
        var start = last.NameToken.Span.Start;
        while (start > 0 && content[start - 1] is ' ' or '\t')
        {
            start--;
        }

        var indent = content[start..last.NameToken.Span.Start];
        var newline = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return BlockEdits.AddLine(block, string.Join(newline + indent, names.Select(n => n.PadRight(pad) + "= true")), separate: !fits);
    }

    // A whole aws_s3_bucket_public_access_block after a bucket that has no count or for_each, named like the bucket.
    private static TextEdit? NewBlock(TerraformResourceNode bucket)
    {
        if (bucket.Body.IsJson || bucket.Count is not null || bucket.ForEach is not null || bucket.Block.Hcl is not { } hcl
            || bucket.Module!.FindResource(TerraformResourceMode.Managed, "aws_s3_bucket_public_access_block", bucket.Name) is not null)
        {
            return null;
        }

        var content = bucket.Tree.Text.Content;
        var end = hcl.Span.End;
        if (end == 0 || content[end - 1] != '}')
        {
            return null;
        }

        var newline = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var provider = bucket.Provider is { } p ? $"  provider = {p.Expression.SourceText}{newline}{newline}" : string.Empty;
        var text = string.Join(newline,
            string.Empty,
            string.Empty,
            $"resource \"aws_s3_bucket_public_access_block\" \"{bucket.Name}\" {{",
            $"{provider}  bucket = {bucket.Address}.id",
            string.Empty,
            "  block_public_acls       = true",
            "  block_public_policy     = true",
            "  ignore_public_acls      = true",
            "  restrict_public_buckets = true",
            "}");
        return TextEdit.Insert(bucket.Tree.Path, end, text);
    }
}

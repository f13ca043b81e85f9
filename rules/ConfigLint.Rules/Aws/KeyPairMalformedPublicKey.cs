using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds <c>aws_key_pair.public_key</c> values that are not a public key EC2 imports: placeholders, truncated base64, mismatched types.</summary>
public sealed class KeyPairMalformedPublicKey : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2032",
        name: "aws-key-pair-malformed-public-key",
        title: "Key pair public key that is not a valid OpenSSH public key",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates `public_key` of every `aws_key_pair` (a literal, a variable default, a tfvars value, a local,
            per instance with `count` and `for_each`) and checks it as an OpenSSH public key line, `type base64
            [comment]`:

            - the type is one OpenSSH knows (`ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`/`384`/`521`,
              `sk-ssh-ed25519@openssh.com`, `sk-ecdsa-sha2-nistp256@openssh.com`, `ssh-dss`);
            - the base64 decodes, and the key it holds starts with the same type as a length-prefixed string
              (RFC 4253 §6.6), followed by exactly the fields of that type (RFC 5656 for ECDSA): a copy cut short,
              two keys pasted together and a key under another type's name all fail here;
            - it is not a placeholder (`REPLACE_ME`, `ssh-rsa AAAA...`, an empty string), a certificate or a
              private key.

            A well-formed key of a type EC2 does not import (ECDSA, DSA, security keys) is reported as a warning:
            the ImportKeyPair API reference (read 2026-12-01) says it imports "the public key from an RSA or
            ED25519 key pair". Values read with `file()` or `templatefile()` (also through a local or a module
            input) and values not known before apply are not checked, nor are the RFC 4716 (`---- BEGIN SSH2
            PUBLIC KEY ----`) and base64 DER formats, which EC2 also accepts. The finding is at the value, with the
            variable default or tfvars line it came from as a related location.

            ## Why is this bad?
            `plan` succeeds; `apply` fails creating the key pair with `InvalidKey.Format: Key is not in valid
            OpenSSH public key format`, and every instance that names the key pair fails with it. A placeholder
            that is committed as the default is deployed the first time nobody overrides it.

            ## Example
            ```hcl
            resource "aws_key_pair" "deploy" {
              key_name   = "deploy"
              public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDx7"
            }
            ```

            ## Use instead
            The whole line `ssh-keygen -t ed25519` writes to the `.pub` file, or the file itself:
            ```hcl
            resource "aws_key_pair" "deploy" {
              key_name   = "deploy"
              public_key = file("${path.module}/keys/deploy.pub")
            }
            ```
            """,
        tags: ["terraform", "aws", "ec2", "security"]);

    private const int MaxDepth = 8;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_key_pair");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode { Module: { } module } node || !AwsProviders.IsAws(node)
            || node.GetArgument("public_key") is not { } attribute || ReadsFile(module, attribute.Expression, 0))
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in ResourceInstances.Of(node))
        {
            if (ResourceInstances.Argument(node, "public_key", scope) is not { Kind: TerraformValueKind.String } value
                || OpenSshPublicKeys.Check(value.AsString) is not { } problem)
            {
                continue;
            }

            var shown = problem.IsPrivateKey ? "(not shown)" : value.AsString.Trim().Length == 0 ? "\"\"" : $"\"{OpenSshPublicKeys.Shorten(value.AsString)}\"";
            var message = problem.IsUnsupportedType
                ? $"public_key {shown} of {node.Address}{scope.InstanceKey}: {problem.Reason}, so creating the key pair fails; use an ED25519 key (ssh-keygen -t ed25519) or an RSA key (ssh-keygen -t rsa -b 4096) and paste the whole line of its .pub file"
                : $"public_key {shown} of {node.Address}{scope.InstanceKey} is not a valid OpenSSH public key: {problem.Reason}; EC2 rejects it when the key pair is created (\"InvalidKey.Format: Key is not in valid OpenSSH public key format\"); {(problem.Placeholder ? "replace it with" : "paste")} the whole line of the .pub file (ssh-keygen -t ed25519 writes ~/.ssh/id_ed25519.pub), or read it with file(\"…/id_ed25519.pub\")";
            var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Expression.Location, message), value, "public_key");
            if (problem.IsPrivateKey)
            {
                diagnostic = diagnostic with { Redactions = [attribute.Expression.Location, .. value.Origins.Select(o => o.Location).Where(l => !l.IsNone)] };
            }

            if (problem.IsUnsupportedType)
            {
                diagnostic = diagnostic with { Severity = DiagnosticSeverity.Warning };
            }

            if (reported.Add(message))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    // True when the value is read from a file, here, in a local it uses or in the module input that sets a variable
    // it uses: the key is then in a file ConfigLint does not parse, often one a pipeline writes.
    private static bool ReadsFile(TerraformModule module, TerraformExpression expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return true;
        }

        if (expression.Syntax is { } syntax && CallsFileFunction(syntax))
        {
            return true;
        }

        foreach (var reference in TerraformReferenceCollector.Collect(expression))
        {
            switch (reference.Kind)
            {
                case TerraformReferenceKind.Local when module.FindLocal(reference.Name) is { } local && ReadsFile(module, local.Expression, depth + 1):
                    return true;
                case TerraformReferenceKind.Variable:
                    foreach (var call in module.Callers)
                    {
                        if (call.Module is { } caller && call.GetInput(reference.Name) is { } input && ReadsFile(caller, input.Expression, depth + 1))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static bool CallsFileFunction(HclSyntaxNode node)
    {
        var pending = new Stack<HclSyntaxNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is HclExpression { Kind: HclSyntaxKind.FunctionCall } call
                && call.FunctionName is "file" or "templatefile" or "filebase64" or "templatestring")
            {
                return true;
            }

            foreach (var child in current.Children)
            {
                pending.Push(child);
            }
        }

        return false;
    }
}

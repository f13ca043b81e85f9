using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Rules.Secrets;

/// <summary>Finds live credentials in a known format (cloud keys, VCS and chat tokens, private keys, JWTs, connection strings with passwords).</summary>
public sealed class HardcodedCredential : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL7001",
        name: "hardcoded-credential",
        title: "Credential written into a configuration file",
        messageFormat: "'{0}'{3} holds a credential, {1} ({2}); keep it in a secret store and reference it instead{4}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports values that are live credentials in a recognisable format: AWS access key ids, GitHub,
            GitLab, Slack, Stripe, Google, npm, SendGrid, OpenAI and Anthropic tokens, private keys, JSON Web
            Tokens, and connection strings with a literal password. It looks at env files, Compose values
            (`environment` included, interpolated values as written), Kubernetes container `env` values (named by
            the variable), ConfigMap data (where a credential is worse than in a Secret: the message says so) and
            Terraform literals. Secret manifests are `CL3012`'s. Placeholders (`changeme`, `<token>`) and references
            (`${DB_PASSWORD}`, `valueFrom.secretKeyRef`) are not reported. The secret itself never appears in any
            output: text, SARIF, JSON and snippets show a redacted form.

            ## Why is this bad?
            Anything committed is readable by everyone with access to the repository and its history, forever.
            A key in a Lambda's environment or a compose file is one leaked clone away from an incident.

            ## Example
            ```dotenv
            STRIPE_KEY=sk_live_51H8example0000000000000
            ```

            ## Use instead
            ```dotenv
            STRIPE_KEY=${STRIPE_KEY}
            ```
            and supply the value from the environment, a git-ignored `.env`, or a secret manager.
            """,
        tags: ["security", "secrets"],
        securitySeverity: 8.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze,
            NodeKind.DotenvEntry, NodeKind.TerraformResource, NodeKind.TerraformData, NodeKind.TerraformVariable,
            NodeKind.TerraformLocal, NodeKind.TerraformModule, NodeKind.TerraformProvider, NodeKind.TerraformVariableValue,
            NodeKind.ComposeService, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        foreach (var candidate in SecretCandidates.Of(context.Node))
        {
            if (SecretScanner.Scan(key: null, candidate.Text) is { } finding)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, candidate.Location, candidate.Key, finding.Kind, finding.Redacted,
                    SecretPlaces.In(candidate), SecretPlaces.Advice(candidate)) with
                {
                    Redactions = [candidate.Location],
                });
            }
        }
    }
}

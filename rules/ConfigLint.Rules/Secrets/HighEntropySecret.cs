using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Rules.Secrets;

/// <summary>Finds random-looking values under secret-like keys (<c>*_PASSWORD</c>, <c>*_TOKEN</c>, <c>*_SECRET</c>).</summary>
public sealed class HighEntropySecret : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL7002",
        name: "high-entropy-secret",
        title: "Random-looking secret under a secret-like key",
        messageFormat: "'{0}'{2} looks like a real secret ({1}); keep it in a secret store and reference it instead{3}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports values of at least 12 characters with high Shannon entropy (3.5 bits per character or more)
            under keys that name a credential: `password`, `secret`, `token`, `api_key`, `private_key`,
            `credential`, `auth`, in the same places as CL7001: env files, Compose values, Kubernetes container
            `env` values (under the variable's name) and ConfigMap data, Terraform literals. Values in a known
            credential format are reported by CL7001 instead, Secret manifests by CL3012; placeholders and references
            are not reported.

            ## Why is this bad?
            A random string next to `DB_PASSWORD` is almost always the real password. Once committed it is in
            every clone and in the history.

            ## Example
            ```dotenv
            DB_PASSWORD=q8Zr2LxV9pWm4TfK
            ```

            ## Use instead
            ```dotenv
            DB_PASSWORD=${DB_PASSWORD}
            ```
            """,
        tags: ["security", "secrets"],
        securitySeverity: 7.0);

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
            // Known formats belong to CL7001; only the entropy verdict is ours.
            if (SecretScanner.Scan(key: null, candidate.Text) is null && SecretScanner.Scan(candidate.Key, candidate.Text) is { } finding)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, candidate.Location, candidate.Key, finding.Redacted,
                    SecretPlaces.In(candidate), SecretPlaces.Advice(candidate)) with
                {
                    Redactions = [candidate.Location],
                });
            }
        }
    }
}

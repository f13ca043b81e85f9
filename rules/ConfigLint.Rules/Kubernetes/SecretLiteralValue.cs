using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds Secret manifests that carry literal values in <c>data</c> or <c>stringData</c>.</summary>
public sealed class SecretLiteralValue : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3012",
        name: "k8s-secret-literal-value",
        title: "Secret manifest holds a literal credential",
        messageFormat: "Secret '{0}' commits the value of '{1}' ({2}) to the repository; create the Secret from a secret store instead",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports every key of a `Secret` manifest whose value (after base64 decoding for `data`) is not empty,
            not a template (`${X}`, `{{ x }}`, `<x>`) and not an obvious placeholder (`changeme`). Certificates
            (`tls.crt`, `ca.crt`, `*.crt`, `*.pub`) are public and not reported. The value never appears in the output.

            ## Why is this bad?
            base64 is an encoding, not encryption: anyone who can read the repository can read the credential, and
            it stays in the history after it is removed. Seen in production: a database password committed in a
            Secret's `DATABASE_URL`.

            ## Example
            ```yaml
            apiVersion: v1
            kind: Secret
            metadata: {name: aia-db}
            stringData:
              password: s3cr3t-pa55
            ```

            ## Use instead
            Keep the manifest out of the repository and create the Secret from a secret store, for example with
            External Secrets:
            ```yaml
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata: {name: aia-db}
            spec:
              secretStoreRef: {name: vault, kind: ClusterSecretStore}
              target: {name: aia-db}
              data:
                - secretKey: password
                  remoteRef: {key: aia/db, property: password}
            ```
            or commit it encrypted (Sealed Secrets, SOPS).

            ## Fix safety
            No fix.
            """,
        tags: ["kubernetes", "security", "secrets"],
        securitySeverity: 7.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesObject);

    private static void Analyze(NodeAnalysisContext context)
    {
        var secret = (KubernetesObjectNode)context.Node;
        if (secret.ObjectKind != "Secret")
        {
            return;
        }

        foreach (var entry in secret.DataEntries)
        {
            if (entry.Value is not { } value || SecretValues.IsStandIn(value) || SecretValues.IsPublicKey(entry.Key))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, entry.ValueLocation, secret.Name, entry.Key, entry.IsBase64 ? "base64 in 'data'" : "plain text in 'stringData'") with
            {
                Redactions = [entry.ValueLocation],
            });
        }
    }
}

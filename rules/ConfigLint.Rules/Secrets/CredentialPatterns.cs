using System.Buffers;

namespace ConfigLint.Rules.Secrets;

/// <summary>
/// Formats of live credentials. Facts about token shapes come from the issuers' public documentation
/// (AWS IAM key ids, GitHub token prefixes, Stripe, Slack, Google, GitLab, npm, SendGrid, OpenAI,
/// Anthropic; PEM armour from RFC 7468), collected 2026-11. Every regex is non-backtracking.
/// </summary>
public static class CredentialPatterns
{
    /// <summary>Every pattern; their regexes are built on first use.</summary>
    public static IReadOnlyList<CredentialPattern> All { get; } =
    [
        new("AWS access key id", ["AKIA", "ASIA", "ABIA", "ACCA"], @"\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b", 4),
        new("GitHub token", ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], @"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", 4),
        new("GitHub fine-grained token", ["github_pat_"], @"\bgithub_pat_[A-Za-z0-9_]{60,255}\b", 11),
        new("GitLab personal access token", ["glpat-"], @"\bglpat-[A-Za-z0-9_\-]{20,}\b", 6),
        new("Slack token", ["xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"], @"\bxox[abposr]-[A-Za-z0-9\-]{10,}", 5),
        new("Slack webhook URL", ["hooks.slack.com/services/"], @"https://hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]{16,}", 30),
        new("Stripe live secret key", ["sk_live_", "rk_live_"], @"\b[rs]k_live_[A-Za-z0-9]{20,}\b", 8),
        new("Google API key", ["AIza"], @"\bAIza[A-Za-z0-9_\-]{35}\b", 4),
        new("npm access token", ["npm_"], @"\bnpm_[A-Za-z0-9]{36}\b", 4),
        new("SendGrid API key", ["SG."], @"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b", 3),
        new("Anthropic API key", ["sk-ant-"], @"\bsk-ant-[A-Za-z0-9_\-]{32,}", 7),
        new("OpenAI API key", ["sk-"], @"\bsk-(proj-)?[A-Za-z0-9_\-]{32,}", 3),
        new("private key", ["-----BEGIN "], @"-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----", 0),
        new("JSON Web Token", ["eyJ"], @"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}", 3),
    ];

    // One vectorized search for every anchor decides, for almost every value, that no regex needs to run.
    private static readonly SearchValues<string> AnyAnchor =
        SearchValues.Create([.. All.SelectMany(p => p.Anchors).Distinct()], StringComparison.Ordinal);

    /// <summary>True when <paramref name="value"/> contains the anchor text of some credential format.</summary>
    public static bool MayContainCredential(ReadOnlySpan<char> value) => value.IndexOfAny(AnyAnchor) >= 0;
}

using System.Text.RegularExpressions;

namespace ConfigLint.Rules.Secrets;

/// <summary>
/// Formats of live credentials. Facts about token shapes come from the issuers' public documentation
/// (AWS IAM key ids, GitHub token prefixes, Stripe, Slack, Google, GitLab, npm, SendGrid, OpenAI,
/// Anthropic; PEM armour from RFC 7468), collected 2026-11. Every regex is non-backtracking.
/// </summary>
public static class CredentialPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Lazy<IReadOnlyList<CredentialPattern>> LazyAll = new(() =>
    [
        new("AWS access key id", new Regex(@"\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b", Options), 4),
        new("GitHub token", new Regex(@"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", Options), 4),
        new("GitHub fine-grained token", new Regex(@"\bgithub_pat_[A-Za-z0-9_]{60,255}\b", Options), 11),
        new("GitLab personal access token", new Regex(@"\bglpat-[A-Za-z0-9_\-]{20,}\b", Options), 6),
        new("Slack token", new Regex(@"\bxox[abposr]-[A-Za-z0-9\-]{10,}", Options), 5),
        new("Slack webhook URL", new Regex(@"https://hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]{16,}", Options), 30),
        new("Stripe live secret key", new Regex(@"\b[rs]k_live_[A-Za-z0-9]{20,}\b", Options), 8),
        new("Google API key", new Regex(@"\bAIza[A-Za-z0-9_\-]{35}\b", Options), 4),
        new("npm access token", new Regex(@"\bnpm_[A-Za-z0-9]{36}\b", Options), 4),
        new("SendGrid API key", new Regex(@"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b", Options), 3),
        new("Anthropic API key", new Regex(@"\bsk-ant-[A-Za-z0-9_\-]{32,}", Options), 7),
        new("OpenAI API key", new Regex(@"\bsk-(proj-)?[A-Za-z0-9_\-]{32,}", Options), 3),
        new("private key", new Regex(@"-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----", Options), 0),
        new("JSON Web Token", new Regex(@"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}", Options), 3),
    ]);

    /// <summary>Every pattern, built on first use.</summary>
    public static IReadOnlyList<CredentialPattern> All => LazyAll.Value;
}

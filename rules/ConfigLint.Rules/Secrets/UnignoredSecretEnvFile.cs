using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Rules.Consistency;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Rules.Secrets;

/// <summary>Finds env files that hold a secret and that git does not ignore.</summary>
public sealed class UnignoredSecretEnvFile : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL7003",
        name: "secret-env-file-not-ignored",
        title: "Env file with a secret is not git-ignored",
        messageFormat: "'{0}' holds a secret ('{1}' on line {2}{3}) and no .gitignore rule ignores it, so 'git add .' commits it; add '{4}' to .gitignore and keep the file out of the repository",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports an env file (`.env`, `.env.production`, `prod.env`, …) that holds a secret as `CL7001` or `CL7002`
            would find it, when the workspace is inside a git repository and no `.gitignore` from the repository root
            down to the file ignores it (itself or one of its directories). The secret's line is a related location;
            the secret is never shown. Templates (`.env.example`, `.env.sample`, `.env.template`) are meant to be
            committed and are not reported here (a real credential in one is still `CL7001`'s). Outside a git repository
            the rule says nothing. `.git/info/exclude` and the global excludes file are not read, the same as for
            discovery.

            ## Why is this bad?
            `.env` files are where real credentials live on a developer's machine. One that git does not ignore is
            committed by the next `git add .` and stays in the history after it is deleted.

            ## Example
            `.env` holds `STRIPE_KEY=sk_live_…` and `.gitignore` does not mention it.

            ## Use instead
            ```gitignore
            .env
            .env.*
            !.env.example
            ```
            and commit a `.env.example` with placeholders instead.

            ## Fix safety
            No fix: ConfigLint does not edit `.gitignore`, and a file that is already tracked also needs
            `git rm --cached` and a new secret.
            """,
        tags: ["security", "secrets", "dotenv"],
        securitySeverity: 6.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<GitRepository>() is not { } repository)
        {
            return;
        }

        foreach (var tree in context.Graph.Trees.OfType<DotenvSyntaxTree>())
        {
            if (EnvFileVariants.IsTemplate(tree.Path) || FirstSecret(tree) is not { } secret || repository.IsIgnored(tree.Path))
            {
                continue;
            }

            var (line, count) = secret;
            var keyLocation = tree.GetLocation(line.KeySpan!.Value);
            var valueLocation = tree.GetLocation(line.RawValue!.Value);
            var more = count > 1 ? $", and {count - 1} more" : string.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(tree.Path, tree.Text, new TextSpan(0, 0)), tree.Path, line.Key,
                    keyLocation.StartLine, more, Path.GetFileName(tree.Path))
                .WithRelated(keyLocation, $"'{line.Key}' holds a secret here") with
            {
                Redactions = [.. Secrets(tree).Select(l => tree.GetLocation(l.RawValue!.Value))],
            });
        }
    }

    private static (DotenvLine Line, int Count)? FirstSecret(DotenvSyntaxTree tree)
    {
        DotenvLine? first = null;
        var count = 0;
        foreach (var line in Secrets(tree))
        {
            first ??= line;
            count++;
        }

        return first is null ? null : (first, count);
    }

    private static IEnumerable<DotenvLine> Secrets(DotenvSyntaxTree tree) =>
        tree.Entries.Where(l => l.Value is { } value && l.RawValue is not null && SecretScanner.Scan(l.Key, value) is not null);
}

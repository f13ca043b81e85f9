using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds keys with lowercase letters.</summary>
public sealed class LowercaseKey : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5004",
        name: "dotenv-lowercase-key",
        title: "Key has lowercase letters",
        messageFormat: "'{0}' has lowercase letters; environment variables are conventionally upper case ('{1}')",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports keys that contain lowercase letters.

            ## Why is this bad?
            Environment variable names are case-sensitive on Linux. Mixed conventions produce `db_host` in
            one file and `DB_HOST` in another, and the application reads only one of them.

            ## Example
            ```dotenv
            db_host=postgres
            ```

            ## Use instead
            ```dotenv
            DB_HOST=postgres
            ```

            ## Fix safety
            The fix upper-cases the key. It is unsafe: code that reads the lowercase name must change too.
            """,
        tags: ["dotenv", "style"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxAction(Analyze, ConfigFormat.Dotenv);

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (context.Tree is not DotenvSyntaxTree tree)
        {
            return;
        }

        foreach (var line in tree.Entries)
        {
            var key = line.Key!;
            if (!InvalidKey.IsValidName(key) || !key.Any(char.IsAsciiLetterLower))
            {
                continue;
            }

            var upper = key.ToUpperInvariant();
            var span = line.KeySpan!.Value;
            context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(span), key, upper)
                .WithFix(CodeFix.Create($"Rename to '{upper}'", new TextEdit(tree.Path, span, upper), FixSafety.Unsafe)));
        }
    }
}

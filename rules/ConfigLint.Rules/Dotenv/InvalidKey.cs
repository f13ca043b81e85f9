using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds keys that are not valid environment variable names.</summary>
public sealed class InvalidKey : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5003",
        name: "dotenv-invalid-key",
        title: "Key is not a valid variable name",
        messageFormat: "'{0}' is not a valid variable name; use letters, digits and '_', not starting with a digit (e.g. '{1}')",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports keys that contain anything but ASCII letters, digits and `_`, or that start with a digit.

            ## Why is this bad?
            Shells cannot export such names, Docker Compose rejects some of them, and programs cannot read
            them with the usual `os.getenv("MY_KEY")` spelling, so the setting never arrives.

            ## Example
            ```dotenv
            api-key=abc
            2FA_ENABLED=true
            ```

            ## Use instead
            ```dotenv
            api_key=abc
            _2FA_ENABLED=true
            ```

            ## Fix safety
            The fix replaces invalid characters with `_` (and prefixes a leading digit with `_`). It is unsafe:
            code that reads the old name must change too.
            """,
        tags: ["dotenv"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxAction(Analyze, ConfigFormat.Dotenv);

    /// <summary>True for <c>[A-Za-z_][A-Za-z0-9_]*</c>.</summary>
    public static bool IsValidName(string key) =>
        key.Length > 0 && !char.IsAsciiDigit(key[0]) && !key.AsSpan().ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (context.Tree is not DotenvSyntaxTree tree)
        {
            return;
        }

        foreach (var line in tree.Entries)
        {
            var key = line.Key!;
            if (IsValidName(key))
            {
                continue;
            }

            var suggestion = Suggest(key);
            var span = line.KeySpan!.Value;
            context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(span), key, suggestion)
                .WithFix(CodeFix.Create($"Rename to '{suggestion}'", new TextEdit(tree.Path, span, suggestion), FixSafety.Unsafe)));
        }
    }

    private static string Suggest(string key)
    {
        var chars = key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        var name = new string(chars);
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }
}

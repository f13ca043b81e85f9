using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds blanks between the key, <c>=</c> and the value.</summary>
public sealed class SpaceAroundEquals : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5005",
        name: "dotenv-space-around-equals",
        title: "Blanks around '='",
        messageFormat: "Blanks around '=' are read differently by different loaders; write '{0}=value'",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports spaces or tabs between a key and `=`, or between `=` and the value.

            ## Why is this bad?
            `source .env` in a shell fails on `KEY = value`; some loaders keep the blank as part of the key or
            value (`" value"`), others trim it. The same file then means different things in different places.

            ## Example
            ```dotenv
            PORT = 3000
            ```

            ## Use instead
            ```dotenv
            PORT=3000
            ```

            ## Fix safety
            The fix deletes the blanks and is safe.
            """,
        tags: ["dotenv"]);

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
            if (line.EqualsSign is not { } equals)
            {
                continue;
            }

            var key = line.KeySpan!.Value;
            var before = TextSpan.FromBounds(key.End, equals.Start);
            var after = line.RawValue is { IsEmpty: false } value ? TextSpan.FromBounds(equals.End, value.Start) : default;
            if (before.IsEmpty && after.IsEmpty)
            {
                continue;
            }

            var edits = ImmutableArray.CreateBuilder<TextEdit>();
            if (!before.IsEmpty)
            {
                edits.Add(TextEdit.Delete(tree.Path, before));
            }

            if (!after.IsEmpty)
            {
                edits.Add(TextEdit.Delete(tree.Path, after));
            }

            var span = TextSpan.FromBounds(before.IsEmpty ? equals.Start : before.Start, after.IsEmpty ? equals.End : after.End);
            context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(span), line.Key)
                .WithFix(new CodeFix("Remove the blanks around '='", edits.ToImmutable())));
        }
    }
}

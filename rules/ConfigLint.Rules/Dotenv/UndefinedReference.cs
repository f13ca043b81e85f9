using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Syntax.Dotenv;

namespace ConfigLint.Rules.Dotenv;

/// <summary>Finds <c>${VAR}</c> references to variables that no env file defines.</summary>
public sealed class UndefinedReference : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL5008",
        name: "dotenv-undefined-reference",
        title: "Reference to a variable no env file defines",
        messageFormat: "'{0}' refers to '{1}', which no env file in the workspace defines; it expands to an empty string unless the environment sets it",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `$VAR` and `${VAR}` references in env file values when no env file in the workspace defines
            `VAR` and the reference has no default (`${VAR:-default}`). Variables every process has (`HOME`,
            `PATH`, `USER`, …) are not reported.

            ## Why is this bad?
            An undefined variable expands to an empty string without any error, so
            `DATABASE_URL=postgres://${DB_HOST}:5432/app` quietly becomes `postgres://:5432/app`.

            ## Example
            ```dotenv
            DATABASE_URL=postgres://${DB_HOST}:5432/app
            ```

            ## Use instead
            ```dotenv
            DB_HOST=postgres
            DATABASE_URL=postgres://${DB_HOST}:5432/app
            ```
            """,
        tags: ["dotenv"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        var defined = context.Graph.Nodes(NodeKind.DotenvEntry).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var tree in context.Graph.Trees.OfType<DotenvSyntaxTree>())
        {
            foreach (var line in tree.Entries)
            {
                foreach (var reference in line.References)
                {
                    if (reference.HasDefault || defined.Contains(reference.Name) || ShellVariables.All.Contains(reference.Name))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(Rule, tree.GetLocation(reference.Span), line.Key, reference.Name));
                }
            }
        }
    }
}

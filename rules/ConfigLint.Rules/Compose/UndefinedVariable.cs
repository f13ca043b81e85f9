using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Dotenv;
using ConfigLint.Rules.Consistency;
using ConfigLint.Text;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds <c>${VAR}</c> interpolations with no value in the project's <c>.env</c> and no default.</summary>
public sealed class UndefinedVariable : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4005",
        name: "compose-undefined-variable",
        title: "Interpolated variable has no value and no default",
        messageFormat: "'{0}' has no value in {1} and no default; {2}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Resolves every `$VAR` and `${VAR…}` in the Compose files of a project against the project's `.env`, as
            Compose does, and reports the variables that have neither a value there nor a default
            (`${VAR:-default}`, `${VAR-default}`). For `${VAR:?message}` and `${VAR?message}` the variable is
            required and the message says Compose will refuse to start. Variables every shell has (`HOME`, `USER`,
            `PWD`, …) are not reported. ConfigLint does not read your shell, so a variable exported there is reported
            too: define it in `.env` or give it a default. A variable that nothing in the workspace defines at all is
            `CL6005`'s finding instead; when another env file defines it (a `.env.production` passed with `--env-file`),
            that definition is a related location.

            ## Why is this bad?
            Compose substitutes an empty string with only a warning on the console, so
            `DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app` quietly becomes a URL without a password and the
            application fails far from the cause.

            ## Example
            ```yaml
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: ${DB_PASSWORD}
            ```

            ## Use instead
            ```yaml
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
            ```
            and define `DB_PASSWORD` in `.env` (kept out of version control).
            """,
        tags: ["compose"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<ComposeModel>() is not { } model)
        {
            return;
        }

        foreach (var project in model.Projects)
        {
            var where = project.Dotenv is null ? $"'{Dotenv(project)}' (there is none)" : $"'{project.Dotenv.Path}'";
            var reported = new HashSet<(string, TextSpan)>();
            foreach (var use in ComposeValues.Variables(project.Root))
            {
                if (!use.IsMissing || ShellVariables.All.Contains(use.Name) || VariableDefinedNowhere.IsDefinedNowhere(context.Graph, use)
                    || !reported.Add((use.Location.Path, use.Location.Span)))
                {
                    continue;
                }

                var consequence = use.IsRequired
                    ? $"'docker compose' refuses to start unless the shell sets {use.Name}"
                    : $"Compose substitutes an empty string unless the shell sets {use.Name}";
                var diagnostic = Diagnostic.Create(Rule, use.Location, use.Name, where, consequence);
                if (!use.IsSet && DefinedElsewhere(context.Graph, use.Name) is { } elsewhere)
                {
                    diagnostic = diagnostic.WithRelated(elsewhere.Location, $"'{use.Name}' is defined here, in a file Compose does not read for interpolation");
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static DotenvEntryNode? DefinedElsewhere(ConfigGraph graph, string name)
    {
        foreach (var node in graph.Nodes(NodeKind.DotenvEntry))
        {
            if (node.Name == name && node is DotenvEntryNode { Value: not null } entry)
            {
                return entry;
            }
        }

        return null;
    }

    private static string Dotenv(ComposeProject project) => project.Directory.Length == 0 ? ".env" : project.Directory + "/.env";
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds <c>env_file</c> entries naming files that do not exist.</summary>
public sealed class MissingEnvFile : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4004",
        name: "compose-missing-env-file",
        title: "env_file does not exist",
        messageFormat: "env_file '{0}' of service '{1}' does not exist; Compose refuses to start it (write 'required: false' if the file is optional)",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Resolves every `env_file` path of every service from the project directory and reports the ones that
            do not exist, unless the entry says `required: false` (Compose 2.24 and later). Paths outside the
            workspace and absolute paths are not checked. Git-ignored files still count as existing.

            ## Why is this bad?
            `docker compose up` stops with "env file … not found" before creating any container. The usual cause is
            a `.env` that exists on one developer's machine and nowhere else, such as on CI or a new laptop.

            ## Example
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                env_file: [.env, .env.local]
            ```

            ## Use instead
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                env_file:
                  - .env
                  - path: .env.local
                    required: false
            ```

            ## Fix safety
            No fix: whether the file should exist or be optional is a decision.
            """,
        tags: ["compose"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        foreach (var envFile in service.EnvFiles)
        {
            if (envFile is { Exists: false, Required: true })
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, envFile.Location, envFile.Path, service.Name));
            }
        }
    }
}

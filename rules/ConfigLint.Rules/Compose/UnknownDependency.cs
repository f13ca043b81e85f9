using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Compose;

/// <summary>Finds <c>depends_on</c> entries naming a service the project does not define.</summary>
public sealed class UnknownDependency : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL4006",
        name: "compose-unknown-dependency",
        title: "depends_on names an unknown service",
        messageFormat: "Service '{0}' depends on '{1}', which is not a service of this project{2}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Checks every `depends_on` entry (short and long syntax) against the services of the project, after the
            override file is merged. Entries with `required: false` are not reported.

            ## Why is this bad?
            `docker compose up` refuses the project: "service api depends on undefined service redis". The usual
            cause is a renamed service (`redis` became `cache`) whose dependents were not updated.

            ## Example
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                depends_on: [cahce]
              cache:
                image: redis:7.2
            ```

            ## Use instead
            ```yaml
            services:
              api:
                image: acme/api:1.4.0
                depends_on: [cache]
              cache:
                image: redis:7.2
            ```

            ## Fix safety
            When exactly one service is within two edits of the name, the fix renames the dependency to it. It is
            unsafe: the closest name is not always the intended one.
            """,
        tags: ["compose"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.ComposeService);

    private static void Analyze(NodeAnalysisContext context)
    {
        var service = (ComposeServiceNode)context.Node;
        foreach (var dependency in service.DependsOn)
        {
            if (!dependency.Required || service.Project.FindService(dependency.Service) is not null)
            {
                continue;
            }

            var suggestion = Suggestions.Closest(dependency.Service, service.Project.Services.Select(s => s.Name));
            var diagnostic = Diagnostic.Create(Rule, dependency.Location, service.Name, dependency.Service,
                suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
            if (suggestion is not null && ScalarEdits.Replace(context.Graph, dependency.Location, dependency.Service, suggestion) is { } edit)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create($"Depend on '{suggestion}'", edit, FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
        }
    }
}

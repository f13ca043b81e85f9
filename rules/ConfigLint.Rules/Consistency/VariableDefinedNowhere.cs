using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Rules.Consistency.Facts;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds variables a container or a Compose file needs that nothing in the workspace defines.</summary>
public sealed class VariableDefinedNowhere : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL6005",
        name: "variable-defined-nowhere",
        title: "Variable that nothing in the workspace defines",
        messageFormat: "{0}, and nothing in the workspace defines {1}; {2}",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports what a deployment needs that no file of the workspace supplies:
            - a Compose `${VAR}` (or `$VAR`, `${VAR:?…}`) without a default when no env file, Compose `environment`,
              ConfigMap or Secret anywhere in the workspace defines `VAR`;
            - a container `env[].valueFrom` key of a ConfigMap or Secret that the workspace does not define, when no
              file defines a variable of that name or of the key's name either;
            - a container `envFrom` ConfigMap that the workspace does not define.

            ConfigMaps and Secrets count as defined when a manifest, a kustomize `configMapGenerator` or
            `secretGenerator`, an `ExternalSecret` or a `SealedSecret` produces them. References marked `optional: true`
            and variables every shell has (`HOME`, `USER`, …) are not reported. Secrets loaded whole through `envFrom` are
            not reported: they are usually created outside the repository, and nothing says which variables they hold.

            A key missing from a ConfigMap or Secret that the workspace does define is `CL3011`'s finding; a Compose
            variable that `.env` lacks but another file defines is `CL4005`'s.

            ## Why is this bad?
            Nobody will set it. Compose substitutes an empty string (`postgres://app:@db/app`) or refuses to start; the
            kubelet refuses to start the container with `CreateContainerConfigError` and the rollout hangs.

            ## Example
            ```yaml
            env:
              - name: DATABASE_URL
                valueFrom:
                  secretKeyRef: {name: api-db, key: url}
            ```
            with no Secret `api-db` and nothing else naming `url` or `DATABASE_URL`; or `${DB_PASSWORD}` in a Compose
            file with no `DB_PASSWORD` in any env file.

            ## Use instead
            Define it where the deployment reads it (an `ExternalSecret` or a `secretGenerator` for `api-db`;
            `DB_PASSWORD=` in the git-ignored `.env`, documented in `.env.example`), give a Compose variable a default
            (`${DB_PASSWORD:?set DB_PASSWORD}` at least says so), or mark a Kubernetes reference `optional: true`.

            ## Fix safety
            For a Compose variable, when the project has a `.env`, the fix appends `VAR=` to it. It is unsafe: the
            value must still be filled in.
            """,
        tags: ["consistency", "compose", "kubernetes"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    /// <summary>True when nothing in the workspace defines a Compose variable that a project's <c>.env</c> lacks: this rule's finding, not <c>CL4005</c>'s.</summary>
    internal static bool IsDefinedNowhere(ConfigGraph graph, ComposeVariableUse use) =>
        !use.IsSet && !ShellVariables.All.Contains(use.Name) && !WorkspaceDefinitions.Of(graph).Defines(use.Name);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        AnalyzeCompose(context);
        AnalyzeKubernetes(context);
    }

    private static void AnalyzeCompose(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<ComposeModel>() is not { } model)
        {
            return;
        }

        foreach (var project in model.Projects)
        {
            var reported = new HashSet<TextSpan>();
            var added = new HashSet<string>(StringComparer.Ordinal);
            foreach (var use in ComposeValues.Variables(project.Root))
            {
                if (!use.IsMissing || !IsDefinedNowhere(context.Graph, use) || !reported.Add(use.Location.Span))
                {
                    continue;
                }

                var consequence = use.IsRequired
                    ? $"'docker compose' refuses to start unless the shell sets {use.Name}"
                    : $"Compose substitutes an empty string unless the shell sets {use.Name}";
                var diagnostic = Diagnostic.Create(Rule, use.Location, $"'{use.Name}' is interpolated without a default",
                    "it (no env file, environment entry, ConfigMap or Secret)", consequence);
                if (project.Dotenv is { } dotenv && added.Add(use.Name))
                {
                    var content = dotenv.Text.Content;
                    var prefix = content.Length > 0 && content[^1] is not ('\n' or '\r') ? "\n" : string.Empty;
                    diagnostic = diagnostic.WithFix(CodeFix.Create($"Add '{use.Name}=' to {dotenv.Path}",
                        TextEdit.Insert(dotenv.Path, content.Length, prefix + use.Name + "=\n"), FixSafety.Unsafe));
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static void AnalyzeKubernetes(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<KubernetesModel>() is not { } model)
        {
            return;
        }

        var definitions = WorkspaceDefinitions.Of(context.Graph);
        foreach (var workload in model.Objects)
        {
            foreach (var container in workload.Containers)
            {
                foreach (var variable in container.Env)
                {
                    if (variable.ValueFrom is { Optional: false, Key: { } key } reference && model.Resolve(reference, workload.Namespace) is null
                        && !definitions.Defines(key) && !definitions.Defines(variable.Name)
                        && definitions.ProducerOf(Kind(reference), reference.Name) is not { Keys: null })
                    {
                        var kind = Kind(reference);
                        var producer = definitions.ProducerOf(kind, reference.Name);
                        var what = producer is null
                            ? $"{kind} '{reference.Name}', nor a variable named '{key}' or '{variable.Name}'"
                            : $"key '{key}' ({producer.How} produces the {kind} without it), nor a variable named '{key}' or '{variable.Name}'";
                        context.ReportDiagnostic(Diagnostic.Create(Rule, reference.KeyLocation ?? reference.NameLocation,
                            $"'{variable.Name}' of container '{container.Name}' reads key '{key}' of {kind} '{reference.Name}'", what,
                            $"the pod fails with CreateContainerConfigError unless it is created outside the workspace; define it, or mark the reference 'optional: true'"));
                    }
                }

                foreach (var reference in container.References)
                {
                    if (reference is { Via: KubernetesReferenceVia.EnvFrom, Target: KubernetesReferenceTarget.ConfigMap, Optional: false }
                        && model.Resolve(reference, workload.Namespace) is null && definitions.ProducerOf("ConfigMap", reference.Name) is null)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, reference.NameLocation,
                            $"container '{container.Name}' loads every key of ConfigMap '{reference.Name}'", "that ConfigMap (no manifest, kustomize generator or other producer)",
                            "the pod fails with CreateContainerConfigError unless it is created outside the workspace; define it, or mark the reference 'optional: true'"));
                    }
                }
            }
        }
    }

    private static string Kind(KubernetesReference reference) => reference.Target == KubernetesReferenceTarget.Secret ? "Secret" : "ConfigMap";
}

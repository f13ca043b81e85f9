using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>Finds containers that run a bare language or OS image with no command, which exit at once.</summary>
public sealed class GenericImageWithoutCommand : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL3001",
        name: "k8s-generic-image-without-command",
        title: "Generic base image with no command",
        messageFormat: "Container '{0}' runs '{1}', a generic base image, with no command or args; its default command exits at once and the pod restarts in CrashLoopBackOff",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports containers whose image, after any kustomization `images:` rewrite, is an official language
            runtime, toolchain or OS image (`python`, `node`, `golang`, `ubuntu`, `alpine`, …; the list is
            `rules/data/generic-base-images.txt`) and that set neither `command` nor `args`. Interactive debugging
            containers (`stdin: true` with `tty: true`) are not reported.

            ## Why is this bad?
            Those images start a shell or an interactive interpreter (`python3`, `node`, `bash`). Without a terminal
            it reads end-of-file and exits with code 0 straight away, so the pod restarts forever. It usually means
            the manifest names the base image where the application's image was meant (`python:3.11-slim` instead of
            `registry.example.com/aia/api:1.0.0`).

            ## Example
            ```yaml
            containers:
              - name: api
                image: python:3.11-slim
            ```

            ## Use instead
            ```yaml
            containers:
              - name: api
                image: registry.example.com/aia/api:1.0.0
            ```
            or, when the base image is intended, say what to run:
            ```yaml
            containers:
              - name: api
                image: python:3.11-slim
                command: ["python", "-m", "http.server", "8000"]
            ```

            ## Fix safety
            No fix: the right image or command is not in the file.
            """,
        tags: ["kubernetes"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.KubernetesContainer);

    private static void Analyze(NodeAnalysisContext context)
    {
        var container = (KubernetesContainerNode)context.Node;
        if (container.Command is not null || container.Args is not null || container.Image is not { } written
            || (container.Properties.Get("stdin") as ConfigScalar)?.IsTrue == true && (container.Properties.Get("tty") as ConfigScalar)?.IsTrue == true)
        {
            return;
        }

        var images = container.KustomizedImages.IsEmpty ? [written] : container.KustomizedImages;
        if (images.All(i => ImageReference.Parse(i) is { } image && GenericBaseImages.IsGeneric(image)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, container.ImageLocation, container.Name, images[0]));
        }
    }
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Model.Linking;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds one image repository deployed at different tags in different places.</summary>
public sealed class ImageTagDrift : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL6002",
        name: "image-tag-drift",
        title: "One image at different versions",
        messageFormat: "'{0}' runs {1} here but {2} in {3}; deploy one version or make the difference deliberate",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Collects the images of every Compose service, Kubernetes container and Terraform ECS container
            definition in the workspace (after interpolation, kustomization `images:` rewrites and Terraform
            evaluation) and, for each repository used with more than one tag or digest, reports the uses that
            differ from the most common one, with every other use as a related location (up to ten). `acme/api`,
            `docker.io/acme/api` and `index.docker.io/acme/api` are one repository.

            A use whose version comes from a kustomization's `images:` entry is reported at that entry, with the
            manifest line it rewrites as related; a use that differs only because of a rewrite shows the entry as
            related. An ECS task definition's `container_definitions` is read whether written as `jsonencode([...])`
            (directly or through locals), a heredoc or `file(...)`, and its `image` is followed through variables,
            locals and tfvars (`"${var.repository}:${var.tag}"`), with the default or tfvars line each part comes
            from as a related location; an image whose tag is not known (a variable without a value) is left out.
            Docker Hub official images (`postgres`, `redis`, …) are left out, since different applications
            legitimately run different versions of them.

            ## Why is this bad?
            Services built from one repository are usually released together. When the API runs `2.0.0` and its
            worker `1.0.0`, or a Deployment asks for a tag that was never pushed while the rest of the manifests use
            the released one, pods fail with `ImagePullBackOff` or talk to each other in incompatible versions.

            ## Example
            ```yaml
            # k8s/api.yaml
            image: registry.example.com/aia/agent-executor:2.0.0
            # k8s/worker.yaml
            image: registry.example.com/aia/agent-executor:1.0.0
            ```
            ```hcl
            # ecs.tf, with image_tag = "1.1.0" in terraform.tfvars
            container_definitions = jsonencode([{
              name  = "executor"
              image = "registry.example.com/aia/agent-executor:${var.image_tag}"
            }])
            ```

            ## Use instead
            Use one tag everywhere, ideally set in one place (a kustomization `images:` entry, a Compose
            `${TAG}` variable, one Terraform variable).

            ## Fix safety
            No fix: which version is right is a release decision.
            """,
        tags: ["consistency", "kubernetes", "compose", "terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private const int MaxRelated = 10;

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<ImageModel>() is not { } model)
        {
            return;
        }

        var kubernetes = context.Graph.GetModel<KubernetesModel>();
        var reported = new HashSet<Location>();
        foreach (var group in model.Uses.GroupBy(u => ImageKeys.Of(u.Image), StringComparer.Ordinal))
        {
            if (group.First().Image.IsOfficialImage)
            {
                continue;
            }

            var versions = group.GroupBy(u => Version(u), StringComparer.Ordinal).OrderByDescending(v => v.Count()).ThenBy(v => Order(group, v.Key)).ToList();
            if (versions.Count < 2)
            {
                continue;
            }

            var common = versions[0];
            var reference = common.First();
            foreach (var drifting in versions.Skip(1).SelectMany(v => v))
            {
                var rewrite = drifting.IsRewritten ? Rewrite(kubernetes, drifting) : null;
                var location = rewrite?.Location ?? drifting.Location;
                if (!reported.Add(location))
                {
                    continue;
                }

                var where = $"{reference.Location.Path}:{reference.Location.StartLine}{(reference.IsRewritten ? " (after its kustomization's images: rewrite)" : string.Empty)}";
                var diagnostic = Diagnostic.Create(Rule, location, group.Key, Version(drifting), common.Key, where);
                if (rewrite is not null)
                {
                    diagnostic = diagnostic.WithRelated(drifting.Location, $"the image this entry rewrites to {Version(drifting)} is written here");
                }

                foreach (var origin in drifting.Origins)
                {
                    if (!origin.Location.IsNone)
                    {
                        diagnostic = diagnostic.WithRelated(origin.Location, $"the image's value comes from {ValueOrigins.Describe(origin)}");
                    }
                }

                var others = group.Where(u => u != drifting).OrderBy(u => Version(u) == common.Key ? 0 : 1).ToList();
                foreach (var other in others.Take(MaxRelated))
                {
                    diagnostic = diagnostic.WithRelated(other.Location, $"'{group.Key}' runs {Version(other)} here{(other.IsRewritten ? " after kustomization" : string.Empty)}");
                    if (other.IsRewritten && Rewrite(kubernetes, other) is { } otherRewrite)
                    {
                        diagnostic = diagnostic.WithRelated(otherRewrite.Location, $"this kustomization entry sets {Version(other)}");
                    }
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    // The kustomization `images:` entry that gives a rewritten use its version, located at its newTag or digest.
    private static (Location Location, KustomizationNode Kustomization)? Rewrite(KubernetesModel? model, ImageUse use)
    {
        if (model is null || use.Node is not KubernetesContainerNode { Image: { } written } || ImageReference.Parse(written) is not { } original)
        {
            return null;
        }

        foreach (var kustomization in model.Kustomizations)
        {
            if (!kustomization.Files.Contains(use.Node.Tree.Path) || kustomization.Properties.Get("images") is not ConfigList entries)
            {
                continue;
            }

            foreach (var image in kustomization.Images)
            {
                if (image.Apply(original) is { } result && ImageReference.Parse(result) is { } parsed && Version(parsed) == Version(use.Image))
                {
                    var entry = entries.Items.OfType<ConfigObject>().FirstOrDefault(i => i.Location == image.Location);
                    var at = entry?.Get("digest") ?? entry?.Get("newTag") ?? entry?.Get("newName");
                    return (at?.Location ?? image.Location, kustomization);
                }
            }
        }

        return null;
    }

    private static string Version(ImageUse use) => Version(use.Image);

    private static string Version(ImageReference image) => image.Digest is { } digest ? "@" + digest : image.Tag ?? "latest";

    private static int Order(IEnumerable<ImageUse> group, string version) =>
        group.Select((use, index) => (use, index)).First(p => Version(p.use) == version).index;
}

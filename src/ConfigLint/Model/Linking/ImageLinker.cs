using System.Collections.Immutable;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Aws;

namespace ConfigLint.Model.Linking;

/// <summary>
/// Links nodes across formats that run the same image repository: an Image edge from every later use to the first
/// (Compose services by their interpolated <c>image</c>, Kubernetes containers by the image kustomize leaves them,
/// ECS task definitions by their containers' images).
/// Registers the <see cref="ImageModel"/>.
/// </summary>
public sealed class ImageLinker : IBinder
{
    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        var uses = ImmutableArray.CreateBuilder<ImageUse>();
        foreach (var node in builder.Nodes)
        {
            switch (node)
            {
                case ComposeServiceNode { Image: { IsUnresolved: false, Parsed: { } image } written }:
                    uses.Add(new ImageUse(node, image, written.Location));
                    break;
                case KubernetesContainerNode container when container.Image is { } text:
                    var effective = container.KustomizedImages.IsEmpty ? text : container.KustomizedImages[0];
                    if (ImageReference.Parse(effective) is { } reference)
                    {
                        uses.Add(new ImageUse(node, reference, container.ImageLocation, IsRewritten: effective != text));
                    }

                    break;
                case TerraformResourceNode { Type: EcsContainerDefinitions.TaskDefinitionType } task:
                    foreach (var container in EcsContainerDefinitions.Of(task))
                    {
                        if (ImageReference.Parse(container.Image) is { } ecsImage)
                        {
                            uses.Add(new ImageUse(node, ecsImage, container.ImageLocation) { Origins = container.ImageOrigins });
                        }
                    }

                    break;
            }
        }

        var model = new ImageModel(uses.ToImmutable());
        foreach (var group in model.SharedRepositories())
        {
            var first = group.First();
            var linked = new HashSet<ConfigNode> { first.Node };
            foreach (var use in group.Skip(1))
            {
                // Containers of one ECS task definition are one node: it is linked once, and never to itself.
                if (!linked.Add(use.Node))
                {
                    continue;
                }

                builder.AddEdge(new ConfigEdge(use.Node, first.Node, EdgeKind.Image, use.Location));
            }
        }

        builder.SetModel(model);
    }
}

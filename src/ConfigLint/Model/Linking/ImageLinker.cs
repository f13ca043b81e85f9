using System.Collections.Immutable;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Model.Linking;

/// <summary>
/// Links nodes across formats that run the same image repository: an Image edge from every later use to the first
/// (Compose services by their interpolated <c>image</c>, Kubernetes containers by the image kustomize leaves them).
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
            }
        }

        var model = new ImageModel(uses.ToImmutable());
        foreach (var group in model.SharedRepositories())
        {
            var first = group.First();
            foreach (var use in group.Skip(1))
            {
                builder.AddEdge(new ConfigEdge(use.Node, first.Node, EdgeKind.Image, use.Location));
            }
        }

        builder.SetModel(model);
    }
}

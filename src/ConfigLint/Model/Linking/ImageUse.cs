using ConfigLint.Text;

namespace ConfigLint.Model.Linking;

/// <summary>
/// A node that runs a container image: a Compose service or a Kubernetes container, with the image it ends up running
/// and where that is written. <see cref="IsRewritten"/> is true when a kustomization's <c>images:</c> changed it.
/// </summary>
public sealed record ImageUse(ConfigNode Node, ImageReference Image, Location Location, bool IsRewritten = false);

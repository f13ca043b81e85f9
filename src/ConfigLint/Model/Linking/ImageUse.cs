using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Model.Linking;

/// <summary>
/// A node that runs a container image: a Compose service, a Kubernetes container or an ECS task definition, with the
/// image it ends up running and where that is written. <see cref="IsRewritten"/> is true when a kustomization's
/// <c>images:</c> changed it.
/// </summary>
public sealed record ImageUse(ConfigNode Node, ImageReference Image, Location Location, bool IsRewritten = false)
{
    /// <summary>Where a Terraform image's parts came from (variable defaults, tfvars lines); empty for a literal.</summary>
    public ImmutableArray<ValueOrigin> Origins { get; init; } = [];
}

using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Aws;

/// <summary>A <c>portMappings</c> entry of an ECS container: the port the container listens on.</summary>
/// <param name="ContainerPort">The <c>containerPort</c>.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="Origins">Where its value came from when not written literally (a variable default, a tfvars line).</param>
public sealed record EcsPortMapping(int ContainerPort, Location Location, ImmutableArray<ValueOrigin> Origins);

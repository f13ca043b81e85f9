using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Aws;

/// <summary>An <c>environment</c> entry (<c>{ name, value }</c>) of an ECS container.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value as the container gets it.</param>
/// <param name="Location">Where the value is written.</param>
/// <param name="Origins">Where the value came from when not written literally (a variable default, a tfvars line).</param>
/// <param name="IsSensitive">True when the value derives from a <c>sensitive</c> variable or <c>sensitive()</c>.</param>
public sealed record EcsEnvironmentEntry(string Name, string Value, Location Location, ImmutableArray<ValueOrigin> Origins, bool IsSensitive);

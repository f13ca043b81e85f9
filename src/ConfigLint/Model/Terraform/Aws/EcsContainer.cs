using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Aws;

/// <summary>
/// One container of an <c>aws_ecs_task_definition</c>'s <c>container_definitions</c>, as far as it could be
/// evaluated: its name, image, container ports and environment, each with the best location ConfigLint can give.
/// </summary>
/// <param name="TaskDefinition">The task definition it belongs to.</param>
/// <param name="Name">The container's <c>name</c>.</param>
/// <param name="Image">The <c>image</c>, or null when it is not known.</param>
/// <param name="ImageLocation">Where the image is written (the expression that gives it, in the task definition or a local).</param>
/// <param name="ImageOrigins">Where the image's parts came from (variable defaults, tfvars lines, locals).</param>
/// <param name="PortMappings">The known <c>portMappings</c> entries.</param>
/// <param name="Environment">The known <c>environment</c> entries.</param>
public sealed record EcsContainer(
    TerraformResourceNode TaskDefinition,
    string Name,
    string? Image,
    Location ImageLocation,
    ImmutableArray<ValueOrigin> ImageOrigins,
    ImmutableArray<EcsPortMapping> PortMappings,
    ImmutableArray<EcsEnvironmentEntry> Environment);

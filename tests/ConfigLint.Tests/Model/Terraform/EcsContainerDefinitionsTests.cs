using ConfigLint.Model;
using ConfigLint.Model.Linking;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Aws;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Model.Terraform;

public sealed class EcsContainerDefinitionsTests
{
    private static TerraformResourceNode Task(ConfigGraph graph, string name) =>
        graph.Model().Modules.SelectMany(m => m.Resources).Single(r => r.Type == EcsContainerDefinitions.TaskDefinitionType && r.Name == name);

    [Fact]
    public void Jsonencode_through_a_local_locates_each_value_at_the_expression_that_gives_it_with_its_origins()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "repository" {
              default = "registry.example.com/shop/api"
            }

            variable "tag" {}

            variable "port" {
              default = 8080
            }

            locals {
              api = {
                name         = "api"
                image        = "${var.repository}:${var.tag}"
                portMappings = [{ containerPort = var.port }]
                environment  = [{ name = "PORT", value = "8080" }]
              }
            }

            resource "aws_ecs_task_definition" "api" {
              family                = "api"
              container_definitions = jsonencode([local.api])
            }
            """);
        workspace.Write("terraform.tfvars", "tag = \"1.4.0\"\n");
        var graph = TerraformGraph.Bind(workspace);

        var container = Assert.Single(EcsContainerDefinitions.Of(Task(graph, "api")));

        Assert.Equal(("api", "registry.example.com/shop/api:1.4.0", "main.tf:14:20"), (container.Name, container.Image, ModelGraph.At(container.ImageLocation)));
        Assert.Equal(["main.tf:2:3", "terraform.tfvars:1:1"], container.ImageOrigins.Select(o => ModelGraph.At(o.Location)).Order(StringComparer.Ordinal));
        var port = Assert.Single(container.PortMappings);
        Assert.Equal((8080, "main.tf:15:39", "main.tf:8:3"), (port.ContainerPort, ModelGraph.At(port.Location), ModelGraph.At(Assert.Single(port.Origins).Location)));
        var variable = Assert.Single(container.Environment);
        Assert.Equal(("PORT", "8080", "main.tf:16:46"), (variable.Name, variable.Value, ModelGraph.At(variable.Location)));
    }

    [Fact]
    public void An_unknown_image_leaves_the_rest_of_the_container_known()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "image" {}

            resource "aws_ecs_task_definition" "worker" {
              family = "worker"
              container_definitions = jsonencode([
                { name = "worker", image = var.image, portMappings = [{ containerPort = 9000 }] },
              ])
            }
            """);
        var graph = TerraformGraph.Bind(workspace);

        var container = Assert.Single(EcsContainerDefinitions.Of(Task(graph, "worker")));

        Assert.Null(container.Image);
        Assert.Equal((9000, "main.tf:6:77"), (container.PortMappings[0].ContainerPort, ModelGraph.At(container.PortMappings[0].Location)));
    }

    [Fact]
    public void A_heredoc_is_decoded_and_its_values_are_found_in_its_text()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            resource "aws_ecs_task_definition" "web" {
              family                = "web"
              container_definitions = <<-JSON
                [
                  {
                    "name": "web",
                    "image": "acme/web:2.0.0",
                    "portMappings": [{"containerPort": 8000}],
                    "environment": [{"name": "PORT", "value": "8000"}]
                  }
                ]
              JSON
            }
            """);
        var graph = TerraformGraph.Bind(workspace);

        var container = Assert.Single(EcsContainerDefinitions.Of(Task(graph, "web")));

        Assert.Equal(
            ("acme/web:2.0.0", "main.tf:7:19", "main.tf:8:44", "main.tf:9:52"),
            (container.Image, ModelGraph.At(container.ImageLocation), ModelGraph.At(container.PortMappings[0].Location), ModelGraph.At(container.Environment[0].Location)));
    }

    [Fact]
    public void A_file_is_read_and_its_values_are_located_at_the_argument()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("infra/main.tf", """
            resource "aws_ecs_task_definition" "migrate" {
              family                = "migrate"
              container_definitions = file("${path.module}/containers.json")
            }
            """);
        workspace.Write("infra/containers.json", """[{"name": "migrate", "image": "acme/api:1.0.0"}]""");
        var graph = TerraformGraph.Bind(workspace);

        var container = Assert.Single(EcsContainerDefinitions.Of(Task(graph, "migrate")));

        Assert.Equal(("acme/api:1.0.0", "infra/main.tf:3:27"), (container.Image, ModelGraph.At(container.ImageLocation)));
    }

    [Fact]
    public void Ecs_task_definitions_are_linked_to_other_uses_of_their_image()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("docker-compose.yml", "services:\n  api:\n    image: acme/api:1.0.0\n");
        workspace.Write("infra/main.tf", """
            resource "aws_ecs_task_definition" "api" {
              family                = "api"
              container_definitions = jsonencode([{ name = "api", image = "acme/api:1.1.0" }, { name = "sidecar", image = "acme/api:1.1.0" }])
            }
            """);
        var graph = TerraformGraph.Bind(workspace);

        // The sidecar runs the same repository in the same node, which is linked once.
        var edge = Assert.Single(graph.Edges, e => e.Kind == EdgeKind.Image);
        Assert.Equal(["compose:docker-compose.yml#services.api", "terraform:infra/aws_ecs_task_definition.api"], new[] { edge.From.Id, edge.To.Id }.Order(StringComparer.Ordinal));
        Assert.Equal(["docker-compose.yml:3:12", "infra/main.tf:3:111", "infra/main.tf:3:63"],
            graph.GetModel<ImageModel>()!.Uses.Select(u => ModelGraph.At(u.Location)).Order(StringComparer.Ordinal));
    }
}

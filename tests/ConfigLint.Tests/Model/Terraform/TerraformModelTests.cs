using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Model.Terraform;

public sealed class TerraformModelTests
{
    [Fact]
    public void Every_declaration_of_a_directory_binds_into_one_module_with_typed_nodes()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("infra/main.tf", """
            terraform {
              required_version = ">= 1.6"
              required_providers {
                aws = { source = "hashicorp/aws", version = "~> 5.0" }
              }
              backend "s3" {
                bucket = "state"
              }
            }

            provider "aws" {
              region = var.region
            }

            provider "aws" {
              alias  = "west"
              region = "us-west-2"
            }

            resource "aws_vpc" "main" {
              cidr_block = var.cidr
            }

            data "aws_ami" "ubuntu" {
              most_recent = true
            }

            module "net" {
              source = "./modules/net"
              vpc_id = aws_vpc.main.id
            }

            moved {
              from = aws_vpc.old
              to   = aws_vpc.main
            }

            check "health" {
              data "http" "site" {
                url = "https://example.com"
              }

              assert {
                condition     = data.http.site.status_code == 200
                error_message = "down"
              }
            }
            """);
        workspace.Write("infra/variables.tf", """
            variable "region" {
              type    = string
              default = "eu-west-1"
            }

            variable "cidr" {
              type      = string
              sensitive = true
            }

            locals {
              name = "app"
            }

            output "vpc_id" {
              value = aws_vpc.main.id
            }
            """);
        workspace.Write("infra/extra.tf.json", """
            { "variable": { "from_json": { "default": 3 } }, "locals": { "doubled": "${var.from_json * 2}" } }
            """);
        workspace.Write("infra/modules/net/main.tf", """
            variable "vpc_id" {}
            output "id" { value = var.vpc_id }
            """);

        var graph = TerraformGraph.Bind(workspace);
        var model = graph.Model();
        var module = model.GetModule("infra")!;
        Assert.Equal(["infra/extra.tf.json", "infra/main.tf", "infra/variables.tf"], module.Files.Select(f => f.Path));
        Assert.Equal(["from_json", "region", "cidr"], module.Variables.Select(v => v.Name));
        Assert.True(module.FindVariable("cidr")!.IsSensitive);
        Assert.Equal("string", module.FindVariable("region")!.TypeConstraint.ToString());
        Assert.Equal(["doubled", "name"], module.Locals.Select(l => l.Name).Order());
        Assert.NotNull(module.FindResource(TerraformResourceMode.Managed, "aws_vpc", "main"));
        Assert.NotNull(module.FindResource(TerraformResourceMode.Data, "aws_ami", "ubuntu"));
        Assert.Equal("us-west-2", module.FindProvider("aws", "west")!.Region!.Expression.TryGetStaticString(out var region) ? region : null);
        var settings = Assert.Single(module.Settings);
        Assert.Equal("~> 5.0", Assert.Single(settings.RequiredProviders).Version!.TryGetStaticString(out var version) ? version : null);
        Assert.Equal("s3", Assert.Single(module.Backends).BackendType);
        Assert.Equal(["moved", "check"], module.MetaBlocks.Select(m => m.BlockType));

        var call = module.FindModuleCall("net")!;
        Assert.Equal("infra/modules/net", call.LocalDirectory);
        Assert.Same(model.GetModule("infra/modules/net"), call.Target);
        Assert.Same(call, Assert.Single(call.Target!.Callers));
        Assert.False(call.Target.IsRoot);
        Assert.True(module.IsRoot);

        Assert.Equal("terraform:infra/aws_vpc.main", module.FindResource(TerraformResourceMode.Managed, "aws_vpc", "main")!.Id);
        Assert.NotNull(graph.FindNode("terraform:infra/modules/net/var.vpc_id"));
    }

    [Fact]
    public void References_become_edges_and_scoped_names_are_not_references()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "rules" {
              default = { ssh = 22 }
            }

            resource "aws_security_group" "web" {
              name = "web-${local.suffix}"

              dynamic "ingress" {
                for_each = var.rules
                content {
                  from_port = ingress.value
                  to_port   = ingress.value
                }
              }

              lifecycle {
                ignore_changes = [tags.owner]
              }

              depends_on = [aws_vpc.main]
            }

            resource "aws_vpc" "main" {
              tags = { for k, v in var.tags : k => upper(v) }
            }

            locals {
              suffix = "a"
            }

            variable "tags" {}
            """);

        var graph = TerraformGraph.Bind(workspace);
        var module = graph.Model().GetModule("")!;
        var sg = module.FindResource(TerraformResourceMode.Managed, "aws_security_group", "web")!;
        Assert.Equal(["local.suffix", "var.rules", "aws_vpc.main"], sg.References.Select(r => r.Subject));
        Assert.Equal(TerraformReferenceContext.DependsOn, sg.References[^1].Context);
        Assert.Equal((6, 17, 6, 29), (sg.References[0].Location.StartLine, sg.References[0].Location.StartColumn, sg.References[0].Location.EndLine, sg.References[0].Location.EndColumn));
        var edges = graph.EdgesFrom(sg).Where(e => e.Kind != EdgeKind.Contains).Select(e => (e.To.Id, e.Kind)).ToList();
        Assert.Equal([("terraform:local.suffix", EdgeKind.References), ("terraform:var.rules", EdgeKind.References), ("terraform:aws_vpc.main", EdgeKind.DependsOn)], edges);
        var vpc = module.FindResource(TerraformResourceMode.Managed, "aws_vpc", "main")!;
        Assert.Equal(["var.tags"], vpc.References.Select(r => r.Subject));
    }
}

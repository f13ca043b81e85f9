using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Cli;

public sealed class TerraformCliTests
{
    private static TempWorkspace Module()
    {
        var workspace = new TempWorkspace();
        workspace.Write(".git/HEAD", "ref: refs/heads/main\n");
        workspace.Write("infra/main.tf", """
            provider "aws" {
              region = var.region
            }

            module "db" {
              source = "./modules/db"
              engine = "postgres"
            }
            """);
        workspace.Write("infra/variables.tf", """
            variable "region" {
              type = string
            }

            variable "unused" {
              default = 1
            }
            """);
        workspace.Write("infra/network.tf", """
            resource "aws_vpc" "main" {
              cidr_block = var.cidr
            }
            """);
        workspace.Write("infra/modules/db/main.tf", """
            variable "engine" {
              type = string
            }

            resource "aws_db_instance" "this" {
              engine = var.engine
              name   = local.missing
            }
            """);
        return workspace;
    }

    [Fact]
    public void Naming_a_tf_file_analyzes_its_module_and_reports_only_that_file()
    {
        using var workspace = Module();
        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "lint", "infra/main.tf", "--format", "msbuild");
        Assert.Equal(string.Empty, error);

        // var.region is declared in variables.tf, read as context: no finding in main.tf, and none shown for the others.
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void All_reports_the_context_files_and_the_called_modules_too()
    {
        using var workspace = Module();
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "lint", "infra/main.tf", "--all", "--format", "msbuild");
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("infra/network.tf(2,16): error CL1001:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("infra/variables.tf(5,1): warning CL1007:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("infra/modules/db/main.tf(7,12): error CL1001:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("infra/main.tf", StringComparison.Ordinal));
    }

    [Fact]
    public void Var_files_on_the_command_line_are_relative_to_where_it_runs()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".git/HEAD", "ref: refs/heads/main\n");
        workspace.Write("infra/main.tf", """
            variable "size" {
              type = number
            }

            output "size" {
              value = var.size
            }
            """);
        workspace.Write("infra/env/prod.tfvars", "size = 3\n");
        var infra = Path.Combine(workspace.Root, "infra");
        var result = Linter.Run(new LintRequest
        {
            Paths = ["."],
            CurrentDirectory = infra,
            Binding = new ConfigLint.Model.BindingSettings { TerraformVarFiles = ["env/prod.tfvars"] },
            Analyzers = [new Support.TerraformValueProbe()],
        });
        Assert.Contains(result.Diagnostics, d => d.Message == "output size = 3");
    }
}

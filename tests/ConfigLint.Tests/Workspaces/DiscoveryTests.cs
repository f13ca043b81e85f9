using ConfigLint.Configuration;
using ConfigLint.Syntax;
using ConfigLint.Tests.Support;
using ConfigLint.Workspaces;

namespace ConfigLint.Tests.Workspaces;

public sealed class DiscoveryTests
{
    private static IEnumerable<string> Discover(TempWorkspace workspace, LintConfiguration? configuration = null, params string[] paths) =>
        WorkspaceDiscovery.Discover(paths, configuration ?? LintConfiguration.Empty, workspace.Root, workspace.Root).Files
            .Select(f => $"{f.RelativePath}{(f.IsRequested ? "" : " (context)")}");

    [Fact]
    public void Finds_known_formats_and_skips_default_excludes_and_gitignored_files()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", "");
        workspace.Write(".env", "");
        workspace.Write(".env.production", "");
        workspace.Write("app.env", "");
        workspace.Write(".env.d.ts", "");
        workspace.Write("README.md", "");
        workspace.Write("compose.yaml", "");
        workspace.Write(".terraform/modules/x/main.tf", "");
        workspace.Write("node_modules/pkg/.env", "");
        workspace.Write(".gitignore", "secrets/\n*.local.env\n!keep.local.env\n");
        workspace.Write("secrets/.env", "");
        workspace.Write("dev.local.env", "");
        workspace.Write("keep.local.env", "");
        workspace.Write("chart/Chart.yaml", "");
        workspace.Write("chart/templates/deployment.yaml", "");
        Assert.Equal(
            [".env", ".env.production", "app.env", "chart/Chart.yaml", "compose.yaml", "keep.local.env", "main.tf"],
            Discover(workspace));
    }

    [Fact]
    public void Configuration_include_and_exclude_apply()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("infra/main.tf", "");
        workspace.Write("infra/legacy/old.tf", "");
        workspace.Write("app/.env", "");
        var configuration = LintConfiguration.Empty with { Include = ["infra/"], Exclude = ["legacy/"] };
        Assert.Equal(["infra/main.tf"], Discover(workspace, configuration));
    }

    [Fact]
    public void Named_file_pulls_in_its_directory_as_context()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("infra/main.tf", "");
        workspace.Write("infra/variables.tf", "");
        workspace.Write("infra/sub/other.tf", "");
        Assert.Equal(["infra/main.tf", "infra/variables.tf (context)"], Discover(workspace, null, "infra/main.tf"));
    }

    [Fact]
    public void Globs_expand_against_the_workspace()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a/x.tf", "");
        workspace.Write("a/y.tfvars", "");
        workspace.Write("b/z.tf", "");
        Assert.Equal(["a/x.tf", "b/z.tf"], Discover(workspace, null, "**/*.tf"));
    }

    [Fact]
    public void Missing_path_is_a_configuration_error()
    {
        using var workspace = new TempWorkspace();
        var exception = Assert.Throws<ConfigurationException>(() => Discover(workspace, null, "nope").ToList());
        Assert.Contains("'nope' does not exist", exception.Message);
    }

    [Fact]
    public void Symbolic_links_out_of_the_root_are_not_followed()
    {
        using var outside = new TempWorkspace();
        using var workspace = new TempWorkspace();
        outside.Write("secret.env", "X=1\n");
        workspace.Write("real.env", "");
        File.CreateSymbolicLink(Path.Combine(workspace.Root, "link.env"), Path.Combine(outside.Root, "secret.env"));
        Directory.CreateSymbolicLink(Path.Combine(workspace.Root, "linkdir"), outside.Root);
        File.CreateSymbolicLink(Path.Combine(workspace.Root, "inside.env"), Path.Combine(workspace.Root, "real.env"));
        Assert.Equal(["inside.env", "real.env"], Discover(workspace));
    }

    [Theory]
    [InlineData("main.tf", ConfigFormat.Terraform)]
    [InlineData("prod.tfvars", ConfigFormat.TerraformVariables)]
    [InlineData("main.tf.json", ConfigFormat.TerraformJson)]
    [InlineData("docker-compose.override.yml", ConfigFormat.Compose)]
    [InlineData("compose.yaml", ConfigFormat.Compose)]
    [InlineData("kustomization.yaml", ConfigFormat.Kustomization)]
    [InlineData("deployment.yaml", ConfigFormat.Yaml)]
    [InlineData(".env.staging", ConfigFormat.Dotenv)]
    [InlineData("Dockerfile", ConfigFormat.Dockerfile)]
    public void Formats_are_detected_by_name(string name, ConfigFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(name));

    [Theory]
    [InlineData(".configlint.yaml")]
    [InlineData("main.py")]
    [InlineData(".env.d.ts")]
    [InlineData(".envrc")]
    public void Other_files_are_not_read(string name) => Assert.Null(FormatDetector.Detect(name));
}

using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Cli;

public sealed class ProviderSchemaOptionTests
{
    private const string Schema = """
        {"format_version":"1.0","provider_schemas":{"registry.terraform.io/acme/widgets":{
          "resource_schemas":{"widgets_gadget":{"version":0,"block":{"attributes":{"size":{"type":"number","required":true}}}}}}}}
        """;

    [Fact]
    public void A_good_schema_from_the_command_line_is_accepted()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=3000\n");
        workspace.Write("schema.json", Schema);
        Assert.Equal(0, CliRunner.Run(workspace.Root, "lint", "--provider-schema", "schema.json").ExitCode);
    }

    [Fact]
    public void A_bad_schema_from_the_command_line_exits_2_naming_the_file()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=3000\n");
        workspace.Write("broken-schema.json", "{\"provider_schemas\": [");
        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "lint", "--provider-schema", "broken-schema.json");
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken-schema.json", error);
    }

    [Fact]
    public void A_missing_schema_exits_2_naming_the_file()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=3000\n");
        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "lint", "--provider-schema", "nowhere.json");
        Assert.Equal(2, exitCode);
        Assert.Contains("nowhere.json", error);
    }

    [Fact]
    public void A_bad_schema_named_in_the_configuration_exits_2_naming_the_file()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=3000\n");
        workspace.Write("schemas/aws.json", "{\"format_version\": \"1.0\"}");
        workspace.Write(".configlint.yaml", "terraform:\n  provider-schemas:\n    - schemas/aws.json\n");
        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "lint");
        Assert.Equal(2, exitCode);
        Assert.Contains("aws.json", error);
        Assert.Contains("provider_schemas", error);
    }

    [Fact]
    public void Lint_help_documents_the_option()
    {
        using var workspace = new TempWorkspace();
        Assert.Contains("--provider-schema FILE", CliRunner.Run(workspace.Root, "lint", "--help").Out);
    }
}

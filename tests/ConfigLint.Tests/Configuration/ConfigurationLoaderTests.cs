using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Tests.Configuration;

public sealed class ConfigurationLoaderTests
{
    private static LintConfiguration Parse(string yaml) =>
        ConfigurationLoader.Parse("/repo/.configlint.yaml", ".configlint.yaml", SourceText.From(yaml));

    [Fact]
    public void Reads_every_setting()
    {
        var configuration = Parse("""
            include: [infra/**, "*.env"]
            exclude:
              - legacy/
            rules:
              CL5011: note
              dotenv-lowercase-key: off
              CL5001:
                severity: error
                options:
                  mode: strict
            terraform:
              var-files: [prod.tfvars]
              provider-schemas: [schemas/aws.json]
            max-file-size: 1024
            respect-gitignore: false
            """);
        Assert.Equal(["infra/**", "*.env"], configuration.Include.ToArray());
        Assert.Equal(["legacy/"], configuration.Exclude.ToArray());
        Assert.Equal(["CL5011:Note", "dotenv-lowercase-key:None", "CL5001:Error"], configuration.Rules.Select(r => $"{r.Rule}:{r.Severity}"));
        Assert.Equal("strict", configuration.Rules[2].Options!.GetString("mode"));
        Assert.Equal(["prod.tfvars"], configuration.TerraformVarFiles.ToArray());
        Assert.Equal(["schemas/aws.json"], configuration.TerraformProviderSchemas.ToArray());
        Assert.Equal(1024, configuration.MaxFileSize);
        Assert.False(configuration.RespectGitIgnore);
    }

    [Fact]
    public void Unknown_keys_are_errors_with_their_line()
    {
        var exception = Assert.Throws<ConfigurationException>(() => Parse("exclude: []\nrulez:\n  CL5001: off\n"));
        var error = Assert.Single(exception.Errors);
        Assert.Equal(2, error.Location.StartLine);
        Assert.Equal(1, error.Location.StartColumn);
        Assert.Contains("unknown setting 'rulez'", error.Message);
    }

    [Fact]
    public void Bad_severity_is_an_error_at_the_value()
    {
        var exception = Assert.Throws<ConfigurationException>(() => Parse("rules:\n  CL5001: loud\n"));
        Assert.Equal(".configlint.yaml:2:11", Assert.Single(exception.Errors).Location.ToString());
    }

    [Fact]
    public void Invalid_yaml_is_an_error_with_its_line()
    {
        var exception = Assert.Throws<ConfigurationException>(() => Parse("rules:\n  CL5001: [off\nexclude: x\n"));
        Assert.Contains("invalid YAML", Assert.Single(exception.Errors).Message);
        Assert.True(exception.Errors[0].Location.StartLine >= 2);
    }

    [Fact]
    public void Empty_file_is_the_default_configuration()
    {
        var configuration = Parse("# nothing yet\n");
        Assert.Empty(configuration.Rules);
        Assert.True(configuration.RespectGitIgnore);
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("note", DiagnosticSeverity.Note)]
    [InlineData("off", DiagnosticSeverity.None)]
    public void Severity_names_parse(string text, DiagnosticSeverity expected)
    {
        Assert.True(DiagnosticSeverityNames.TryParse(text, out var severity));
        Assert.Equal(expected, severity);
    }
}

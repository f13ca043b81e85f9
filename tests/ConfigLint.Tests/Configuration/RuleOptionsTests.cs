using ConfigLint.Configuration;
using ConfigLint.Rules;
using ConfigLint.Tests.Support;
using ConfigLint.Text;

namespace ConfigLint.Tests.Configuration;

/// <summary>Rule options reach the analyzer that owns the rule, which rejects what it does not know with the file and line.</summary>
public sealed class RuleOptionsTests
{
    private static ConfigurationException Fails(string yaml)
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=1\n");
        var configuration = ConfigurationLoader.Parse(Path.Combine(workspace.Root, ".configlint.yaml"), ".configlint.yaml", SourceText.From(yaml));
        return Assert.Throws<ConfigurationException>(() => Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = configuration,
        }));
    }

    [Fact]
    public void Unknown_option_is_an_error_at_its_key()
    {
        var exception = Fails("""
            rules:
              env-file-drift:
                options:
                  group: [a.env, b.env]
            """);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(".configlint.yaml:4:7", error.Location.ToString());
        Assert.Contains("unknown option 'group' for env-file-drift", error.Message);
    }

    [Fact]
    public void Every_bad_value_is_reported_with_its_line()
    {
        var exception = Fails("""
            rules:
              CL6001:
                severity: note
                options:
                  directory-variants: maybe
                  groups:
                    - files: [a.env]
                      templat: a.example.env
                    - 42
                  ignore-keys: [[nested]]
            """);
        Assert.Equal(
            [".configlint.yaml:5:27", ".configlint.yaml:8:11", ".configlint.yaml:9:11", ".configlint.yaml:10:21"],
            exception.Errors.Select(e => e.Location.ToString()));
    }

    [Fact]
    public void Valid_options_are_accepted()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("deploy/a/app.env", "PORT=1\nDEBUG=1\n");
        workspace.Write("deploy/b/app.env", "PORT=2\n");
        var configuration = ConfigurationLoader.Parse(Path.Combine(workspace.Root, ".configlint.yaml"), ".configlint.yaml", SourceText.From("""
            rules:
              env-file-drift:
                options:
                  directory-variants: false
                  compose: true
                  groups: [["deploy/*/app.env"]]
                  ignore-keys: [DEBUG]
            """));
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = configuration,
        });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CL6001");
    }
}

using ConfigLint.Rules.Aws.Rds;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Cli;

public sealed class DataCommandTests
{
    private const string DescribeOutput = """
        {
            "DBEngineVersions": [
                { "Engine": "postgres", "EngineVersion": "15.4", "DBParameterGroupFamily": "postgres15", "Status": "deprecated" },
                { "Engine": "postgres", "EngineVersion": "15.14", "DBParameterGroupFamily": "postgres15", "Status": "available" },
                { "Engine": "postgres", "EngineVersion": "15.15", "DBParameterGroupFamily": "postgres15", "Status": "available" }
            ]
        }
        {
            "DBEngineVersions": [
                { "Engine": "mysql", "EngineVersion": "8.0.42", "DBParameterGroupFamily": "mysql8.0", "Status": "available" }
            ]
        }
        """;

    [Fact]
    public void Update_rds_writes_the_versions_the_rule_reads_and_says_how_to_use_them()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("versions.json", DescribeOutput);

        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "data", "update-rds", "versions.json", "--retrieved", "2026-11-30", "--region", "eu-west-1");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("postgres: 3 versions, 2 offered for new databases", output);
        Assert.Contains("mysql: 1 versions, 1 offered for new databases", output);
        Assert.Contains("engine-versions: .configlint/rds-engine-versions.json", output);
        var written = File.ReadAllText(Path.Combine(workspace.Root, ".configlint", "rds-engine-versions.json"));
        Assert.Contains("\"retrieved\": \"2026-11-30\"", written);
        Assert.Contains("\"region\": \"eu-west-1\"", written);
        var catalog = RdsEngineVersionCatalog.Parse(written, "written");
        Assert.False(catalog.Find("postgres", "15.4")!.IsOffered);
        Assert.True(catalog.Find("postgres", "15.14")!.IsOffered);
        Assert.Equal("15.14", catalog.NearestOffered("postgres", "15", "15.4")!.Version);
        Assert.Equal("15", catalog.Find("postgres", "15.14")!.Major);
    }

    [Theory]
    [InlineData("{}", "has no \"DBEngineVersions\" array")]
    [InlineData("{\"DBEngineVersions\": []}", "lists no engine versions")]
    [InlineData("{\"DBEngineVersions\": [{\"Engine\": \"postgres\"}]}", "entry 0 of \"DBEngineVersions\" lacks")]
    [InlineData("not json", "is not valid JSON")]
    public void Update_rds_rejects_what_is_not_describe_output_with_exit_code_2(string content, string expected)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("versions.json", content);

        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "data", "update-rds", "versions.json");

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error);
        Assert.False(File.Exists(Path.Combine(workspace.Root, ".configlint", "rds-engine-versions.json")));
    }
}

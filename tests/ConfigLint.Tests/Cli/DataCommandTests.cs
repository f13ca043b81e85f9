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

    // The shape of 'aws rds describe-engine-default-parameters --output json', two pages appended to one file.
    private const string DefaultParameters = """
        {
            "EngineDefaults": {
                "DBParameterGroupFamily": "postgres16",
                "Marker": "page2",
                "Parameters": [
                    { "ParameterName": "effective_cache_size", "ParameterValue": "{DBInstanceClassMemory/16384}", "Description": "(8kB) Sets the planner's assumption about the size of the disk cache.", "Source": "system", "ApplyType": "dynamic", "DataType": "integer", "AllowedValues": "1-2147483647", "IsModifiable": true, "ApplyMethod": "pending-reboot" },
                    { "ParameterName": "shared_buffers", "Description": "(8kB) Sets the number of shared memory buffers used by the server.", "Source": "system", "ApplyType": "static", "DataType": "integer", "AllowedValues": "16-1073741823", "IsModifiable": true }
                ]
            }
        }
        {
            "EngineDefaults": {
                "DBParameterGroupFamily": "postgres16",
                "Parameters": [
                    { "ParameterName": "log_statement", "Description": "Sets the type of statements logged.", "Source": "engine-default", "ApplyType": "dynamic", "DataType": "string", "AllowedValues": "none,ddl,mod,all", "IsModifiable": true },
                    { "ParameterName": "data_directory", "Source": "system", "ApplyType": "static", "DataType": "string", "IsModifiable": false }
                ]
            }
        }
        """;

    [Fact]
    public void Update_rds_parameters_writes_the_whole_listing_where_the_parameter_rules_look()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("pg16.json", DefaultParameters);

        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "data", "update-rds-parameters", "postgres16", "pg16.json", "--retrieved", "2026-11-30", "--region", "eu-west-1");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("wrote .configlint/rds-parameters/postgres16.json:", output);
        Assert.Contains("postgres16: 4 parameters, 2 static, 1 not modifiable", output);
        var written = File.ReadAllText(Path.Combine(workspace.Root, ".configlint", "rds-parameters", "postgres16.json"));
        Assert.Contains("\"retrieved\": \"2026-11-30\"", written);
        Assert.Contains("describe-engine-default-parameters --db-parameter-group-family postgres16 in eu-west-1", written);
        var family = RdsParameterCatalog.ParseListing(written, "postgres16", "written");
        Assert.True(family.IsComplete);
        Assert.Equal(4, family.Parameters.Count);
        Assert.Equal(RdsApplyType.Static, family.Find("shared_buffers")!.ApplyType);
        Assert.Equal("8kB", family.Find("shared_buffers")!.Unit);
        Assert.True(family.Find("log_statement")!.AllowedValues!.AllowsLiteral("DDL"));
        Assert.False(family.Find("effective_cache_size")!.AllowedValues!.AllowsNumber(4294967296, "4294967296"));
        Assert.False(family.Find("data_directory")!.IsModifiable);

        var catalog = RdsParameterCatalog.BuiltIn.WithOverrides([(family, false)]);
        Assert.True(catalog.For("postgres16", cluster: false)!.IsComplete);
        Assert.False(catalog.For("postgres16", cluster: true)!.IsComplete);
        Assert.False(catalog.For("postgres15", cluster: false)!.IsComplete);
    }

    [Fact]
    public void Update_rds_parameters_with_cluster_writes_the_cluster_listing()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("apg16.json", DefaultParameters.Replace("postgres16", "aurora-postgresql16", StringComparison.Ordinal));

        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "data", "update-rds-parameters", "aurora-postgresql16", "apg16.json", "--cluster");

        Assert.Equal(0, exitCode);
        Assert.Contains("aurora-postgresql16 (DB cluster parameter group): 4 parameters", output);
        Assert.True(File.Exists(Path.Combine(workspace.Root, ".configlint", "rds-parameters", "aurora-postgresql16.cluster.json")));
    }

    [Theory]
    [InlineData("{}", "has no \"Parameters\" array")]
    [InlineData("{\"Parameters\": []}", "lists no parameters")]
    [InlineData("{\"Parameters\": [{\"ApplyType\": \"static\"}]}", "entry 0 of \"Parameters\" lacks \"ParameterName\"")]
    [InlineData("{\"EngineDefaults\": {\"DBParameterGroupFamily\": \"mysql8.0\", \"Parameters\": [{\"ParameterName\": \"x\"}]}}", "lists the parameters of family 'mysql8.0', not 'postgres16'")]
    [InlineData("not json", "is not valid JSON")]
    public void Update_rds_parameters_rejects_what_is_not_a_listing_of_the_family_with_exit_code_2(string content, string expected)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("pg16.json", content);

        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "data", "update-rds-parameters", "postgres16", "pg16.json");

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error);
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, ".configlint", "rds-parameters")));
    }
}

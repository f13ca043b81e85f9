namespace ConfigLint.Packaging.Tests;

/// <summary>Packs the solution once (it was built by the test script) and installs the tool from those packages.</summary>
/// <remarks>Shared by the classes of <see cref="PackagesCollection"/>: two packs at once would write the same
/// ReadyToRun and publish files.</remarks>
public sealed class PackagesFixture
{
    public PackagesFixture()
    {
        Directory = Repository.NewScratchDirectory("packages");
        Processes.RunOrFail("dotnet", ["pack", "ConfigLint.sln", "-c", "Release", "--no-build", "-o", Directory], Repository.Root);
        ToolDirectory = Path.Combine(Directory, "tool");
        Processes.RunOrFail(
            "dotnet",
            ["tool", "install", "ConfigLint.Cli", "--tool-path", ToolDirectory, "--add-source", Directory, "--version", Version],
            Directory);
    }

    public string Directory { get; }

    public string ToolDirectory { get; }

    public string Tool => Path.Combine(ToolDirectory, "configlint");

    public string Version { get; } = ReadVersion();

    public string Package(string id) => Path.Combine(Directory, $"{id}.{Version}.nupkg");

    private static string ReadVersion()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props"));
        var start = props.IndexOf("<Version>", StringComparison.Ordinal) + "<Version>".Length;
        return props[start..props.IndexOf("</Version>", start, StringComparison.Ordinal)];
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "packages";
}

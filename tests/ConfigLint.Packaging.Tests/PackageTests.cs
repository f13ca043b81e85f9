using System.IO.Compression;
using System.Xml.Linq;

namespace ConfigLint.Packaging.Tests;

public sealed class PackageTests(PackagesFixture packages) : IClassFixture<PackagesFixture>
{
    [Fact]
    public void Tool_installed_from_the_packed_nupkg_lints_the_examples()
    {
        var workspace = Repository.NewScratchDirectory("examples");
        Repository.CopyDirectory(Path.Combine(Repository.Root, "examples"), workspace);

        var (exitCode, output, error) = Processes.Run(packages.Tool, ["lint", "."], workspace);
        Assert.True(exitCode == 1, $"exit {exitCode}\n{output}\n{error}");
        Assert.Contains("warning[CL5001]", output);
        Assert.Matches(@"Found \d+ problems", output);

        var version = Processes.RunOrFail(packages.Tool, ["--version"], workspace);
        Assert.Equal($"configlint {packages.Version}\n", version);
    }

    [Theory]
    [InlineData("ConfigLint", "lib/net10.0/ConfigLint.dll", "lib/net10.0/ConfigLint.xml")]
    [InlineData("ConfigLint.Rules", "lib/net10.0/ConfigLint.Rules.dll", "lib/net10.0/ConfigLint.Rules.xml")]
    [InlineData("ConfigLint.Cli", "tools/net10.0/any/ConfigLint.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml")]
    public void Package_carries_readme_license_repository_and_its_assemblies(string id, string assembly, string companion)
    {
        using var archive = ZipFile.OpenRead(packages.Package(id));
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", entries);
        Assert.Contains(assembly, entries);
        Assert.Contains(companion, entries);

        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal(id, Value("id"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
    }

    [Fact]
    public void Tool_package_declares_the_configlint_command()
    {
        using var archive = ZipFile.OpenRead(packages.Package("ConfigLint.Cli"));
        using var stream = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "Command");
        Assert.Equal("configlint", command.Attribute("Name")?.Value);
        Assert.Equal("ConfigLint.Cli.dll", command.Attribute("EntryPoint")?.Value);
    }
}

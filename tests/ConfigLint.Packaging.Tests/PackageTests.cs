using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ConfigLint.Packaging.Tests;

[Collection(PackagesCollection.Name)]
public sealed class PackageTests(PackagesFixture packages)
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

    [Fact]
    public void Tool_package_installs_anywhere_and_carries_readytorun_code()
    {
        using var archive = ZipFile.OpenRead(packages.Package("ConfigLint.Cli"));
        var tools = archive.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).ToList();
        Assert.All(tools, e => Assert.StartsWith("tools/net10.0/any/", e.FullName, StringComparison.Ordinal));

        var assemblies = tools.Where(e => e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["ConfigLint.Cli.dll", "ConfigLint.Rules.dll", "ConfigLint.dll", "YamlDotNet.dll"],
            assemblies.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var entry in assemblies)
        {
            var flags = ReadyToRunFlags(entry);
            Assert.True(flags is not null, $"{entry.Name} has no ReadyToRun code");
            // Set when crossgen compiled AnyCPU IL: only then do other platforms load the assembly and JIT it.
            const uint platformNeutralSource = 0x1;
            Assert.True((flags & platformNeutralSource) != 0, $"{entry.Name} was compiled from platform-specific IL");
        }
    }

    private static uint? ReadyToRunFlags(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var header = pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory ?? default;
        if (header.Size == 0)
        {
            return null;
        }

        // READYTORUN_HEADER: the signature "RTR", major and minor version (two bytes each), then the flags.
        var reader = pe.GetSectionData(header.RelativeVirtualAddress).GetReader();
        if (reader.ReadUInt32() != 0x00525452)
        {
            return null;
        }

        reader.Offset += 4;
        return reader.ReadUInt32();
    }
}

namespace ConfigLint.Packaging.Tests;

[Collection(PackagesCollection.Name)]
public sealed class NativeBinaryTests(NativeBinaryFixture native, PackagesFixture packages) : IClassFixture<NativeBinaryFixture>
{
    [Fact]
    public void Publishing_with_native_aot_gives_no_trim_or_aot_warnings()
    {
        var warnings = native.PublishLog.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(warnings.Count == 0, string.Join('\n', warnings));
        Assert.True(File.Exists(native.Binary));
    }

    public static TheoryData<string[]> Invocations() => new()
    {
        new[] { "lint", "." },
        new[] { "lint", ".", "--format", "sarif" },
        new[] { "lint", ".", "--format", "json" },
        new[] { "lint", ".", "--format", "github" },
        new[] { "lint", ".", "--format", "msbuild", "--fail-level", "error" },
        new[] { "lint", "smartcloud/.env" },
        new[] { "lint", "--format", "nope" },
        new[] { "rules" },
        new[] { "rules", "CL5001" },
        new[] { "parse", "smartcloud/.env" },
        new[] { "--version" },
        new[] { "--help" },
    };

    [Theory]
    [MemberData(nameof(Invocations))]
    public void Native_binary_behaves_exactly_like_the_dotnet_tool(string[] arguments)
    {
        var workspace = Repository.NewScratchDirectory("same");
        Repository.CopyDirectory(Path.Combine(Repository.Root, "examples"), workspace);

        var jit = Processes.Run(packages.Tool, arguments, workspace);
        var aot = Processes.Run(native.Binary, arguments, workspace);
        Assert.Equal(jit.ExitCode, aot.ExitCode);
        Assert.Equal(jit.Out, aot.Out);
        Assert.Equal(jit.Error, aot.Error);
        Assert.NotEqual(3, aot.ExitCode);
    }

    [Fact]
    public void Native_binary_fixes_files_like_the_dotnet_tool()
    {
        var jitWorkspace = Repository.NewScratchDirectory("fix-jit");
        var aotWorkspace = Repository.NewScratchDirectory("fix-aot");
        Repository.CopyDirectory(Path.Combine(Repository.Root, "examples"), jitWorkspace);
        Repository.CopyDirectory(Path.Combine(Repository.Root, "examples"), aotWorkspace);

        var jit = Processes.Run(packages.Tool, ["lint", "--fix", "--unsafe-fixes"], jitWorkspace);
        var aot = Processes.Run(native.Binary, ["lint", "--fix", "--unsafe-fixes"], aotWorkspace);
        Assert.Equal(jit.Out, aot.Out);
        foreach (var file in Directory.EnumerateFiles(jitWorkspace, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(jitWorkspace, file);
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(aotWorkspace, relative)));
        }
    }
}

namespace ConfigLint.Packaging.Tests;

/// <summary>Publishes the command as a NativeAOT binary once and keeps the publish log for the warning check.</summary>
public sealed class NativeBinaryFixture
{
    public NativeBinaryFixture()
    {
        Directory = Repository.NewScratchDirectory("native");
        PublishLog = Processes.RunOrFail(
            "dotnet",
            ["publish", "src/ConfigLint.Cli/ConfigLint.Cli.csproj", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", Directory],
            Repository.Root);
    }

    public string Directory { get; }

    public string PublishLog { get; }

    public string Binary => Path.Combine(Directory, "configlint");
}

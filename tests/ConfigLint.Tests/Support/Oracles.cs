using System.Diagnostics;

namespace ConfigLint.Tests.Support;

/// <summary>
/// External reference tools installed by <c>npm ci</c> in <c>tests/oracles</c>. A test that needs one fails with
/// the command to run when it is missing; it never passes without having asked the oracle.
/// </summary>
public static class Oracles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string OraclesDirectory => Path.Combine(RepositoryRoot, "tests", "oracles");

    public static string SarifMultitool => Require(Path.Combine(
        OraclesDirectory, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"));

    /// <summary>The batch runner for HashiCorp's HCL parser (npm @cdktf/hcl2json, Go compiled to WASM).</summary>
    public static string Hcl2JsonBatch
    {
        get
        {
            Require(Path.Combine(OraclesDirectory, "node_modules", "@cdktf", "hcl2json", "package.json"));
            return Path.Combine(OraclesDirectory, "hcl2json-batch.js");
        }
    }

    public static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Require(string path)
    {
        if (!File.Exists(path))
        {
            var required = Environment.GetEnvironmentVariable("CONFIGLINT_REQUIRE_ORACLES") == "1" ? " (CONFIGLINT_REQUIRE_ORACLES=1)" : string.Empty;
            throw new InvalidOperationException(
                $"Oracle missing{required}: {path}. Run 'npm ci' in tests/oracles (scripts/test.sh does it).");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConfigLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ConfigLint.sln above {AppContext.BaseDirectory}");
    }
}

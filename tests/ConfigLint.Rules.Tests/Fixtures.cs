namespace ConfigLint.Rules.Tests;

/// <summary>Finds the fixture tree in the source checkout (fixtures are read in place, not copied to bin).</summary>
public static class Fixtures
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.Combine(RepositoryRoot, "tests", "ConfigLint.Rules.Tests", "Fixtures");

    /// <summary>True when snapshots should be rewritten instead of compared (<c>CONFIGLINT_ACCEPT=1</c>).</summary>
    public static bool Accept => Environment.GetEnvironmentVariable("CONFIGLINT_ACCEPT") == "1";

    public static IEnumerable<FixtureCase> All()
    {
        foreach (var ruleDirectory in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var ruleId = Path.GetFileName(ruleDirectory);
            foreach (var kind in new[] { "fires", "silent" })
            {
                var kindDirectory = Path.Combine(ruleDirectory, kind);
                if (!Directory.Exists(kindDirectory))
                {
                    continue;
                }

                foreach (var entry in Directory.EnumerateFileSystemEntries(kindDirectory).Order(StringComparer.Ordinal))
                {
                    if (entry.EndsWith(".expected", StringComparison.Ordinal) || entry.EndsWith(".fixed", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    yield return new FixtureCase(ruleId, kind, entry);
                }
            }
        }
    }

    // Walks up from the test binaries rather than trusting [CallerFilePath]: CI builds map source paths to /_/.
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

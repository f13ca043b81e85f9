namespace ConfigLint.Packaging.Tests;

/// <summary>Paths in the checkout under test and scratch directories for the tests.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string NewScratchDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"configlint-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
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

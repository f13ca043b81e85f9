using ConfigLint.Fuzz;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Robustness;

/// <summary>Replays every fuzz seed and every input that once crashed a harness through the same invariants.</summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var fuzz = Path.Combine(Oracles.RepositoryRoot, "tests", "fuzz");
        foreach (var target in FuzzTargets.Names)
        {
            foreach (var folder in new[] { "seeds", "regressions" })
            {
                var directory = Path.Combine(fuzz, folder, target);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(directory).Where(f => Path.GetFileName(f) != "README").Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(fuzz, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_keeps_the_harness_invariants(string target, string file) =>
        FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(Oracles.RepositoryRoot, "tests", "fuzz", file)));

    [Fact]
    public void Every_target_has_seeds()
    {
        var targets = Inputs().Select(row => (string)row[0]).Distinct().Order().ToList();
        Assert.Equal(FuzzTargets.Names.Order().ToList(), targets);
    }
}

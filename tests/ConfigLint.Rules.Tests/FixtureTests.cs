using ConfigLint.Fixes;

namespace ConfigLint.Rules.Tests;

/// <summary>
/// Walks every fixture: <c>fires</c> cases must report their rule exactly as the <c>.expected</c> snapshot says,
/// <c>silent</c> cases must not report it, and <c>.fixed</c> snapshots must equal the file after <c>--fix --unsafe-fixes</c>.
/// Set <c>CONFIGLINT_ACCEPT=1</c> to write new snapshots; review them as a diff.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Fixtures.All())
        {
            data.Add(Path.GetRelativePath(Fixtures.Root, fixture.InputPath));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_reports_exactly_its_snapshot(string relativePath)
    {
        var fixture = Find(relativePath);
        Assert.NotNull(FixtureRunner.FindAnalyzer(fixture.RuleId));
        var (_, snapshot, _) = FixtureRunner.Lint(fixture);
        if (fixture.Kind == "silent")
        {
            Assert.True(snapshot.Length == 0, $"{fixture} must not report {fixture.RuleId}, but reported:\n{snapshot}");
            return;
        }

        Assert.False(snapshot.Length == 0, $"{fixture} must report {fixture.RuleId}, but reported nothing");
        CompareOrAccept(fixture.ExpectedPath, snapshot);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_fixes_match_their_snapshot(string relativePath)
    {
        var fixture = Find(relativePath);
        if (fixture.IsDirectory || fixture.Kind == "silent" || (!File.Exists(fixture.FixedPath) && !Fixtures.Accept))
        {
            return;
        }

        var (result, _, fixedText) = FixtureRunner.Lint(fixture, FixMode.Unsafe);
        if (result.AppliedFixes.IsEmpty && !File.Exists(fixture.FixedPath))
        {
            return;
        }

        CompareOrAccept(fixture.FixedPath, fixedText!);
        var (_, afterFix, _) = FixtureRunner.Lint(fixture with { InputPath = WriteTemp(fixture, fixedText!) });
        Assert.True(afterFix.Length == 0 || afterFix.Split('\n').All(l => !l.Contains("fix (")),
            $"{fixture}: after fixing, the rule still offers fixes:\n{afterFix}");
    }

    private static string WriteTemp(FixtureCase fixture, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "configlint-fixed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fixture.Name);
        File.WriteAllText(path, content);
        return path;
    }

    private static FixtureCase Find(string relativePath) =>
        Fixtures.All().Single(f => Path.GetRelativePath(Fixtures.Root, f.InputPath) == relativePath);

    private static void CompareOrAccept(string snapshotPath, string actual)
    {
        if (Fixtures.Accept)
        {
            File.WriteAllText(snapshotPath, actual);
            return;
        }

        Assert.True(File.Exists(snapshotPath), $"missing snapshot {snapshotPath}; run with CONFIGLINT_ACCEPT=1 and review it");
        Assert.Equal(File.ReadAllText(snapshotPath).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}

using ConfigLint.Workspaces;

namespace ConfigLint.Tests.Workspaces;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("*.env", "a.env", true)]
    [InlineData("*.env", "deep/dir/a.env", true)]
    [InlineData("/*.env", "deep/a.env", false)]
    [InlineData("infra/**", "infra/modules/vpc/main.tf", true)]
    [InlineData("infra/**/*.tf", "infra/main.tf", true)]
    [InlineData("infra/**/*.tf", "other/infra/main.tf", false)]
    [InlineData("**/prod/*.tfvars", "a/b/prod/x.tfvars", true)]
    [InlineData("file?.yaml", "file1.yaml", true)]
    [InlineData("file[0-9].yaml", "filex.yaml", false)]
    [InlineData("file[!0-9].yaml", "filex.yaml", true)]
    [InlineData("a*b*c*d", "aXXbYYcZZd", true)]
    [InlineData("a*b*c*d", "aXXbYYcZZ", false)]
    public void Matches_like_gitignore(string pattern, string path, bool expected) =>
        Assert.Equal(expected, GlobPattern.Parse(pattern).IsMatch(path, isDirectory: false));

    [Fact]
    public void Directory_pattern_excludes_everything_below_it()
    {
        var pattern = GlobPattern.Parse("legacy/");
        Assert.True(pattern.IsMatchOrAncestor("legacy/old/main.tf", isDirectory: false));
        Assert.False(pattern.IsMatch("legacy", isDirectory: false));
    }

    [Fact]
    public void Pathological_pattern_matches_quickly()
    {
        var pattern = GlobPattern.Parse(string.Concat(Enumerable.Repeat("*a", 30)) + "b");
        Assert.False(pattern.IsMatch(new string('a', 5000), isDirectory: false));
    }
}

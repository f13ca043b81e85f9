using ConfigLint.Tests.Support;
using ConfigLint.Workspaces;

namespace ConfigLint.Tests.Workspaces;

public sealed class GitRepositoryTests
{
    [Fact]
    public void A_workspace_outside_any_repository_has_none()
    {
        using var workspace = new TempWorkspace();
        Assert.Null(GitRepository.Find(workspace.Root));
    }

    [Fact]
    public void A_git_file_marks_a_worktree_and_its_root()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".git", "gitdir: /somewhere/else/.git/worktrees/x\n");
        workspace.Write("app/.env", "");
        var repository = GitRepository.Find(Path.Combine(workspace.Root, "app"));
        Assert.NotNull(repository);
        Assert.Equal(Path.GetFullPath(workspace.Root), repository.Root);
        Assert.False(repository.IsIgnored(".env"));
    }

    [Theory]
    [InlineData(".env", true)]
    [InlineData(".env.production", true)]
    [InlineData(".env.example", false)]
    [InlineData("app/.env", true)]
    [InlineData("app/prod.env", false)]
    [InlineData("app/local/prod.env", true)]
    [InlineData("secrets/keep.env", true)]
    [InlineData("services/api/.env", false)]
    public void Ignore_rules_apply_from_the_repository_root_down(string path, bool ignored)
    {
        using var workspace = new TempWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Root, ".git"));
        workspace.Write(".gitignore", ".env*\n!.env.example\nsecrets/\n");
        workspace.Write("app/.gitignore", "local/\n");
        // A re-include below an ignored directory does not work in git, so it must not here either.
        workspace.Write("secrets/.gitignore", "!keep.env\n");
        workspace.Write("services/api/.gitignore", "!.env\n");
        var repository = GitRepository.Find(workspace.Root)!;
        Assert.Equal(ignored, repository.IsIgnored(path));
    }

    [Fact]
    public void Paths_are_relative_to_the_workspace_even_below_the_repository_root()
    {
        using var workspace = new TempWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Root, ".git"));
        workspace.Write(".gitignore", "/deploy/.env\n");
        var repository = GitRepository.Find(Path.Combine(workspace.Root, "deploy"))!;
        Assert.True(repository.IsIgnored(".env"));
        Assert.False(repository.IsIgnored("other/.env"));
    }
}

namespace ConfigLint.Packaging.Tests;

public sealed class PreCommitTests
{
    [Fact]
    public void Hook_from_this_repository_fails_a_commit_with_a_bad_env_file_and_passes_a_good_one()
    {
        var repository = Repository.NewScratchDirectory("precommit");
        var environment = new Dictionary<string, string>
        {
            ["PRE_COMMIT_HOME"] = Path.Combine(repository, ".cache"),
            ["GIT_AUTHOR_NAME"] = "test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.com",
            ["GIT_COMMITTER_NAME"] = "test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.com",
        };
        var work = Path.Combine(repository, "work");
        Directory.CreateDirectory(work);
        var revision = Processes.RunOrFail("git", ["rev-parse", "HEAD"], Repository.Root).Trim();

        Processes.RunOrFail("git", ["init", "-q", "-b", "main"], work, environment);
        File.WriteAllText(Path.Combine(work, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {Repository.Root}
                rev: {revision}
                hooks:
                  - id: configlint

            """);
        Processes.RunOrFail("pre-commit", ["install"], work, environment);

        File.WriteAllText(Path.Combine(work, ".env"), "PORT=3000\nPORT=3001\n");
        Processes.RunOrFail("git", ["add", "."], work, environment);
        var bad = Processes.Run("git", ["commit", "-q", "-m", "bad"], work, environment);
        Assert.True(bad.ExitCode != 0, $"the commit with a duplicate key went through:\n{bad.Out}\n{bad.Error}");
        Assert.Contains("CL5001", bad.Out + bad.Error);

        File.WriteAllText(Path.Combine(work, ".env"), "PORT=3000\n");
        Processes.RunOrFail("git", ["add", "."], work, environment);
        var good = Processes.Run("git", ["commit", "-q", "-m", "good"], work, environment);
        Assert.True(good.ExitCode == 0, $"the clean commit was refused:\n{good.Out}\n{good.Error}");
    }
}

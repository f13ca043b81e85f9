namespace ConfigLint.Rules.Tests;

/// <summary>One fixture: a file or a directory under <c>Fixtures/&lt;ID&gt;/fires|silent</c>, with its snapshot paths.</summary>
public sealed record FixtureCase(string RuleId, string Kind, string InputPath)
{
    public string Name => Path.GetFileName(InputPath);

    public bool IsDirectory => Directory.Exists(InputPath);

    /// <summary>Expected diagnostics: <c>name.expected</c> beside the input.</summary>
    public string ExpectedPath => InputPath + ".expected";

    /// <summary>Expected content after fixes (single-file fixtures): <c>name.fixed</c> beside the input.</summary>
    public string FixedPath => InputPath + ".fixed";

    public override string ToString() => $"{RuleId}/{Kind}/{Name}";
}

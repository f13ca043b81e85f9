using ConfigLint.Diagnostics;
using ConfigLint.Documentation;

namespace ConfigLint.Rules.Tests;

/// <summary>
/// <c>rules/docs/&lt;ID&gt;.md</c> and <c>rules/README.md</c> are generated from the descriptors; this fails when they are
/// out of date. Regenerate with <c>CONFIGLINT_ACCEPT=1 dotnet test tests/ConfigLint.Rules.Tests</c>.
/// </summary>
public sealed class RuleDocsTests
{
    private static readonly string DocsDirectory = Path.Combine(Fixtures.RepositoryRoot, "rules", "docs");

    private static IReadOnlyList<DiagnosticDescriptor> AllRules() =>
        [.. EngineDiagnostics.All.Concat(BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics)).OrderBy(d => d.Id, StringComparer.Ordinal)];

    [Fact]
    public void Every_rule_page_is_up_to_date()
    {
        var stale = new List<string>();
        foreach (var rule in AllRules())
        {
            var path = Path.Combine(DocsDirectory, rule.Id + ".md");
            var expected = RuleDocumentation.Render(rule);
            if (Fixtures.Accept)
            {
                Directory.CreateDirectory(DocsDirectory);
                File.WriteAllText(path, expected);
            }
            else if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != expected)
            {
                stale.Add(rule.Id);
            }
        }

        Assert.True(stale.Count == 0, $"rule pages out of date: {string.Join(", ", stale)}; regenerate with CONFIGLINT_ACCEPT=1");
    }

    [Fact]
    public void No_page_is_left_for_a_rule_that_does_not_exist()
    {
        var ids = AllRules().Select(r => r.Id + ".md").ToHashSet();
        var orphans = Directory.EnumerateFiles(DocsDirectory, "*.md").Select(Path.GetFileName).Where(n => !ids.Contains(n!)).ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Catalog_is_up_to_date()
    {
        var path = Path.Combine(Fixtures.RepositoryRoot, "rules", "README.md");
        var expected = RuleDocumentation.RenderCatalog(AllRules());
        if (Fixtures.Accept)
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(File.Exists(path), "rules/README.md is missing; regenerate with CONFIGLINT_ACCEPT=1");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Help_uri_points_at_the_rule_page()
    {
        foreach (var rule in AllRules())
        {
            Assert.EndsWith($"rules/docs/{rule.Id}.md", rule.HelpUri);
        }
    }
}

namespace ConfigLint.Rules.Tests;

/// <summary>Every built-in rule ships with a stable id and name, a documented descriptor, and fixtures that fire and stay silent.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_fixtures_that_fire_and_fixtures_that_stay_silent(string id)
    {
        var fixtures = Fixtures.All().Where(f => f.RuleId == id).ToList();
        Assert.Contains(fixtures, f => f.Kind == "fires");
        Assert.Contains(fixtures, f => f.Kind == "silent");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_descriptor_is_documented_in_ruff_sections(string id)
    {
        var descriptor = BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        Assert.Matches("^CL[1-7][0-9]{3}$", descriptor.Id);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", descriptor.Name);
        Assert.Contains("## What it does", descriptor.Description);
        Assert.Contains("## Why is this bad?", descriptor.Description);
        Assert.Contains("## Example", descriptor.Description);
        Assert.False(descriptor.MessageFormat.EndsWith('.'), "messages do not end with a period");
    }

    [Fact]
    public void Ids_and_names_are_unique()
    {
        var descriptors = BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Name).Distinct().Count());
    }
}

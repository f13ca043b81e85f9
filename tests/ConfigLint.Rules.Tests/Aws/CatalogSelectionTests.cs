using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Tests.Aws;

public sealed class CatalogSelectionTests
{
    [Theory]
    [InlineData(null, 6, true)]
    [InlineData("", 6, true)]
    [InlineData("~> 5.0", 5, true)]
    [InlineData("~> 5.31", 5, true)]
    [InlineData("~> 5", 5, true)]
    [InlineData("~> 6.0", 6, true)]
    [InlineData(">= 4.0, < 6.0", 5, true)]
    [InlineData(">= 4.0", 6, true)]
    [InlineData(">= 5.0, < 7.0", 6, true)]
    [InlineData("= 6.2.0", 6, true)]
    [InlineData("6.2.0", 6, true)]
    [InlineData("5.100.0", 5, true)]
    [InlineData("!= 6.25.0", 6, true)]
    [InlineData("> 5.99, != 6.0.0", 6, true)]
    [InlineData("< 6.0.0", 5, true)]
    [InlineData("<= 6.0.0", 6, true)]
    [InlineData("> 6.0.0, < 6.0.1", 6, false)]
    [InlineData("~> 4.0", 5, false)]
    [InlineData(">= 7.0", 6, false)]
    [InlineData("banana", 6, false)]
    [InlineData(">= 5.0,", 6, false)]
    public void Constraint_selects_the_newest_admitted_line(string? constraint, int major, bool matches)
    {
        var selection = ProviderCatalogs.BuiltIn.Select("hashicorp/aws", constraint)!;
        Assert.Equal(major, selection.Catalog.Version!.Value.Major);
        Assert.Equal(matches, selection.MatchesConstraint);
        Assert.Equal(matches, selection.Problem is null);
        Assert.Single(selection.OtherLines);
        Assert.NotEqual(major, selection.OtherLines[0].Version!.Value.Major);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(">= 6.0", false)]
    [InlineData("~> 6.0", false)]
    [InlineData(">= 6.25", false)]
    [InlineData(">= 6.25.0, < 7.0", false)]
    [InlineData(">= 5.34, < 6.0", false)]
    [InlineData(">= 6.25.1", true)]
    [InlineData(">= 6.28", true)]
    [InlineData("~> 6.42", true)]
    [InlineData("6.30.0", true)]
    [InlineData("> 6.25.0", true)]
    public void A_catalog_older_than_every_admitted_release_predates_the_constraint(string? constraint, bool predates)
    {
        // The built-in 6.x catalog is 6.25.0; a later regeneration must move these bounds with it.
        var selection = ProviderCatalogs.BuiltIn.Select("hashicorp/aws", constraint)!;
        Assert.True(selection.MatchesConstraint);
        Assert.Equal(predates, selection.PredatesConstraint);
    }

    [Theory]
    [InlineData("~> 1.2.3", "1.2.9", true)]
    [InlineData("~> 1.2.3", "1.3.0", false)]
    [InlineData("~> 1.2", "1.9.0", true)]
    [InlineData("~> 1.2", "2.0.0", false)]
    [InlineData(">= 1.0, < 2.0, != 1.5.0", "1.5.0", false)]
    [InlineData(">= 1.0, < 2.0, != 1.5.0", "1.5.1", true)]
    [InlineData("= 1.0.0-beta1", "1.0.0-beta1", true)]
    [InlineData(">= 1.0.0", "1.1.0-beta1", false)]
    [InlineData("1.0", "1.0.0", true)]
    public void Constraints_follow_terraform_semantics(string constraint, string version, bool allowed) =>
        Assert.Equal(allowed, VersionConstraint.Parse(constraint).Allows(SemanticVersion.Parse(version)));

    [Fact]
    public void Unknown_provider_has_no_selection() =>
        Assert.Null(ProviderCatalogs.BuiltIn.Select("registry.terraform.io/hashicorp/google"));

    [Theory]
    [InlineData("aws", "registry.terraform.io/hashicorp/aws")]
    [InlineData("HashiCorp/AWS", "registry.terraform.io/hashicorp/aws")]
    [InlineData("example.com/acme/widgets", "example.com/acme/widgets")]
    public void Provider_addresses_are_normalized(string address, string expected) =>
        Assert.Equal(expected, ProviderAddresses.Normalize(address));

    [Theory]
    [InlineData("tags", "tgas", 1)]
    [InlineData("log_destination", "log_destinaton", 1)]
    [InlineData("log_destination", "log_destination_arn", 4)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_adjacent_transpositions_as_one_edit(string a, string b, int distance) =>
        Assert.Equal(distance, DidYouMean.Distance(a, b, max: 3));

    [Fact]
    public void Suggestions_are_limited_by_length_scaled_distance()
    {
        Assert.Empty(DidYouMean.Rank("id", ["ip", "arn"]));
        Assert.Equal(["tags"], DidYouMean.Rank("tgas", ["tags", "arn", "tags_all"]));
        Assert.Equal(["subnet_id", "subnet_ids"], DidYouMean.Rank("subnetid", ["subnet_ids", "subnet_id", "vpc_id"]));
    }
}

using ConfigLint.Rules.Aws.Rds;

namespace ConfigLint.Rules.Tests.Aws;

public sealed class RdsParameterDataTests
{
    [Theory]
    [InlineData("0-2147483647", "2147483647", true)]
    [InlineData("0-2147483647", "2147483648", false)]
    [InlineData("-1-2147483647", "-1", true)]
    [InlineData("-1-2147483647", "-2", false)]
    [InlineData("-2147483648-2147483647", "-2147483648", true)]
    [InlineData("0-1.79769e+308", "1.1", true)]
    [InlineData("-15-3", "-16", false)]
    [InlineData("0.0-1.0", "0.5", true)]
    [InlineData("1-10,20-30", "15", false)]
    [InlineData("1-10,20-30", "25", true)]
    public void Allowed_value_ranges_parse_negative_bounds_and_exponents(string allowed, string value, bool expected)
    {
        var values = RdsAllowedValues.Parse(allowed)!;
        Assert.True(RdsAllowedValues.TryNumber(value, out var number));
        Assert.Equal(expected, values.AllowsNumber(number, value));
    }

    [Fact]
    public void Allowed_value_lists_compare_without_regard_to_case()
    {
        var values = RdsAllowedValues.Parse("none,ddl,mod,all")!;
        Assert.Empty(values.Ranges);
        Assert.True(values.AllowsLiteral("ALL"));
        Assert.False(values.AllowsLiteral("verbose"));
    }

    [Fact]
    public void The_built_in_data_is_a_curated_subset_with_later_groups_overriding_earlier_ones()
    {
        var catalog = RdsParameterCatalog.BuiltIn;
        var postgres = catalog.For("postgres16", cluster: false)!;
        var aurora = catalog.For("aurora-postgresql14", cluster: true)!;

        Assert.False(postgres.IsComplete);
        Assert.Equal(RdsApplyType.Static, postgres.Find("shared_buffers")!.ApplyType);
        Assert.Equal("16-1073741823", postgres.Find("shared_buffers")!.AllowedValues!.Text);
        Assert.Equal("128-1073741823", aurora.Find("shared_buffers")!.AllowedValues!.Text);
        Assert.NotNull(catalog.For("postgres15", false)!.Find("old_snapshot_threshold"));
        Assert.Null(catalog.For("postgres17", false)!.Find("old_snapshot_threshold"));
        Assert.NotNull(catalog.For("mysql8.0", false)!.Find("transaction_isolation"));
        Assert.Null(catalog.For("sqlserver-se-15.0", false));
    }
}

using ConfigLint.Model.Compose;
using ConfigLint.Text;

namespace ConfigLint.Tests.Model.Compose;

public sealed class ComposeInterpolationTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["SET"] = "value",
        ["EMPTY"] = string.Empty,
        ["lower_name"] = "lower",
        ["NESTED"] = "${SET}",
    };

    private static ComposeInterpolatedValue Run(string text) =>
        ComposeInterpolation.Interpolate(Location.None, text,
            name => Environment.TryGetValue(name, out var value) ? new ComposeVariable(name, value, null) : null,
            (_, _) => Location.None);

    [Theory]
    [InlineData("${SET}", "value")]
    [InlineData("$SET", "value")]
    [InlineData("pre-$SET-post", "pre-value-post")]
    [InlineData("${UNSET}", "")]
    [InlineData("${SET:-d}", "value")]
    [InlineData("${EMPTY:-d}", "d")]
    [InlineData("${UNSET:-d}", "d")]
    [InlineData("${SET-d}", "value")]
    [InlineData("${EMPTY-d}", "")]
    [InlineData("${UNSET-d}", "d")]
    [InlineData("${SET:?required}", "value")]
    [InlineData("${UNSET:?required}", "")]
    [InlineData("${SET:+alt}", "alt")]
    [InlineData("${EMPTY:+alt}", "")]
    [InlineData("${UNSET:+alt}", "")]
    [InlineData("${SET+alt}", "alt")]
    [InlineData("${EMPTY+alt}", "alt")]
    [InlineData("${UNSET+alt}", "")]
    [InlineData("$$SET", "$SET")]
    [InlineData("$${SET}", "${SET}")]
    [InlineData("cost: 5$", "cost: 5$")]
    [InlineData("$1 and $-", "$1 and $-")]
    [InlineData("${UNSET:-${SET}}", "value")]
    [InlineData("${UNSET:-${ALSO_UNSET:-deep}}", "deep")]
    [InlineData("${UNSET:-a:b-c}", "a:b-c")]
    [InlineData("${lower_name}", "lower")]
    [InlineData("${NESTED}", "${SET}")]
    public void Values_follow_the_compose_specification(string text, string expected)
    {
        var result = Run(text);
        Assert.Null(result.Problem);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("${SET}", false)]
    [InlineData("${UNSET}", true)]
    [InlineData("$UNSET", true)]
    [InlineData("${UNSET:-d}", false)]
    [InlineData("${UNSET-d}", false)]
    [InlineData("${UNSET:+r}", false)]
    [InlineData("${UNSET?e}", true)]
    [InlineData("${EMPTY?e}", false)]
    [InlineData("${EMPTY:?e}", true)]
    [InlineData("${EMPTY}", false)]
    public void Missing_means_no_value_and_no_default(string text, bool missing)
    {
        Assert.Equal(missing, Run(text).Variables[0].IsMissing);
    }

    [Fact]
    public void Nested_defaults_record_every_variable_in_order()
    {
        Assert.Equal(["UNSET", "SET"], Run("${UNSET:-${SET}}").Variables.Select(v => v.Name));
        Assert.Equal(":-", Run("${UNSET:-x}").Variables[0].Operator);
        Assert.Equal("x", Run("${UNSET:-x}").Variables[0].Argument);
    }

    [Theory]
    [InlineData("${}", "'${}' is not a valid interpolation")]
    [InlineData("${1X}", "'${1X}' is not a valid interpolation")]
    [InlineData("${A B}", "'${A B}' is not a valid interpolation")]
    [InlineData("x ${OPEN", "'${OPEN' has no closing '}'")]
    public void Invalid_templates_are_problems(string text, string problem)
    {
        Assert.Equal(problem, Run(text).Problem);
    }
}

using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;
using CsCheck;

namespace ConfigLint.Tests.Syntax.Dotenv;

public sealed class DotenvParserTests
{
    private static DotenvSyntaxTree Parse(string content) => DotenvParser.Parse(".env", SourceText.From(content));

    [Theory]
    [InlineData("KEY=value", "value")]
    [InlineData("KEY=value # comment", "value")]
    [InlineData("KEY=value#not-comment", "value#not-comment")]
    [InlineData("KEY=  padded  ", "padded")]
    [InlineData("KEY='single # kept'", "single # kept")]
    [InlineData("KEY='no \\n escapes'", "no \\n escapes")]
    [InlineData("KEY=\"tab\\there\"", "tab\there")]
    [InlineData("KEY=\"quote \\\" inside\"", "quote \" inside")]
    [InlineData("KEY=\"line\\nbreak\"", "line\nbreak")]
    [InlineData("export KEY=exported", "exported")]
    [InlineData("KEY=", "")]
    [InlineData("KEY=\"\"", "")]
    public void Values_are_decoded_in_compose_dialect(string line, string expected)
    {
        var entry = Assert.Single(Parse(line + "\n").Entries);
        Assert.Equal("KEY", entry.Key);
        Assert.Equal(expected, entry.Value);
    }

    [Fact]
    public void Double_quoted_value_spans_lines()
    {
        var tree = Parse("A=\"one\ntwo\"\nB=3\n");
        var entries = tree.Entries.ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("one\ntwo", entries[0].Value);
        Assert.Equal(new TextSpan(0, 12), entries[0].FullSpan);
        Assert.Equal("3", entries[1].Value);
    }

    [Fact]
    public void Unclosed_quote_stops_at_the_line_end_so_later_lines_still_count()
    {
        var entries = Parse("A=\"open\nB=2\n").Entries.ToList();
        Assert.False(entries[0].IsClosed);
        Assert.Equal("open", entries[0].Value);
        Assert.Equal("2", entries[1].Value);
    }

    [Theory]
    [InlineData("KEY value", "expected '=' after the key")]
    [InlineData("=value", "the line has no key before '='")]
    [InlineData("K=\"v\"extra", "text follows the closing quote")]
    public void Malformed_lines_say_why(string line, string problem)
    {
        var parsed = Assert.Single(Parse(line).Lines);
        Assert.Equal(DotenvLineKind.Malformed, parsed.Kind);
        Assert.Equal(problem, parsed.Problem);
    }

    [Fact]
    public void Spans_point_at_key_and_raw_value()
    {
        var entry = Assert.Single(Parse("  export  NAME = \"v\" # c\r\n").Entries);
        Assert.Equal(new TextSpan(2, 6), entry.Export);
        Assert.Equal(new TextSpan(10, 4), entry.KeySpan);
        Assert.Equal(new TextSpan(15, 1), entry.EqualsSign);
        Assert.Equal(new TextSpan(17, 3), entry.RawValue);
        Assert.Equal(new TextSpan(21, 3), entry.Comment);
        Assert.Equal(new TextSpan(0, 26), entry.FullSpan);
    }

    [Fact]
    public void References_are_found_in_unquoted_and_double_quoted_values_only()
    {
        var entries = Parse("A=$X ${Y} ${Z:-d}\nB=\"${Q}\\${NOT}\"\nC='${LITERAL}'\n").Entries.ToList();
        Assert.Equal(["X", "Y", "Z"], entries[0].References.Select(r => r.Name));
        Assert.Equal([false, false, true], entries[0].References.Select(r => r.HasDefault));
        Assert.Equal(["Q"], entries[1].References.Select(r => r.Name));
        Assert.Empty(entries[2].References);
    }

    [Fact]
    public void Comments_are_exposed_without_their_marker()
    {
        var tree = Parse("# configlint-disable-file CL5004\nA=1 # trailing\n");
        Assert.Equal(["configlint-disable-file CL5004", "trailing"], tree.Comments.Select(c => c.Text));
    }

    [Fact]
    public void Any_input_round_trips_and_lines_tile_the_file()
    {
        var chars = Gen.OneOf(Gen.Char["=#'\"\\$ {}\t\r\nAZaz09_-"], Gen.Char);
        Gen.String[chars, 0, 200].Sample(content =>
        {
            var tree = Parse(content);
            Assert.Equal(content, tree.ToFullString());
            var position = 0;
            foreach (var line in tree.Lines)
            {
                Assert.Equal(position, line.FullSpan.Start);
                Assert.True(line.Span.End <= line.FullSpan.End);
                position = line.FullSpan.End;
            }

            Assert.Equal(content.Length, position);
        }, iter: 5000);
    }
}

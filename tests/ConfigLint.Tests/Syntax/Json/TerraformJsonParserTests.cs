using ConfigLint.Syntax;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Json;

public sealed class TerraformJsonParserTests
{
    private const string Config = """
        {
          "resource": {
            "aws_s3_bucket": {
              "logs": { "bucket": "logs-${var.env}", "force_destroy": true },
              "données": [{ "bucket": "b" }]
            }
          },
          "variable": { "env": { "default": "dev" } },
          "locals": [{ "a": 1 }, { "b": [1, 2.50] }]
        }
        """;

    private static TerraformJsonSyntaxTree Parse(string text) => TerraformJsonParser.Parse("main.tf.json", SourceText.From(text));

    [Fact]
    public void Blocks_are_read_by_type_and_label_count_with_spans()
    {
        var tree = Parse(Config);
        Assert.True(tree.IsValid);
        var blocks = tree.Body!.GetBlocks("resource", 2).ToList();
        Assert.Equal([["aws_s3_bucket", "logs"], ["aws_s3_bucket", "données"]], blocks.Select(b => b.LabelValues.ToArray()));
        var bucket = blocks[0].Body.GetAttribute("bucket")!;
        Assert.Equal("logs-${var.env}", bucket.Value.StringValue);
        Assert.Equal("\"logs-${var.env}\"", Config[bucket.Value.Span.Start..bucket.Value.Span.End]);
        Assert.Equal("\"bucket\"", Config[bucket.NameSpan.Start..bucket.NameSpan.End]);
        Assert.Equal(4, SourceText.From(Config).GetLinePosition(bucket.Value.Span.Start).Line + 1);
        Assert.Equal("\"b\"", blocks[1].Body.GetAttribute("bucket")!.Value.SourceText);
    }

    [Fact]
    public void Zero_label_blocks_may_be_arrays_of_bodies()
    {
        var locals = Parse(Config).Body!.GetBlocks("locals", 0).ToList();
        Assert.Equal(2, locals.Count);
        Assert.Equal("2.50", locals[1].Body.GetAttribute("b")!.Value.Items[1].SourceText);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1,\n}\n", 3)]
    [InlineData("{\n  \"a\" 1\n}\n", 2)]
    [InlineData("{\n\n\n", 4)]
    [InlineData("[1]", 1)]
    [InlineData("", 1)]
    public void Json_errors_are_syntax_errors_on_their_line(string text, int line)
    {
        var tree = Parse(text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("CL0001", diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.StartLine);
        Assert.StartsWith("Invalid JSON", diagnostic.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_crash()
    {
        var text = "{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        Assert.False(Parse(text).IsValid);
    }

    [Fact]
    public void Syntax_parser_reads_tf_json_files()
    {
        Assert.IsType<TerraformJsonSyntaxTree>(SyntaxParser.Parse("x.tf.json", SourceText.From("{}"), ConfigFormat.TerraformJson));
    }
}

using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Hcl;

/// <summary>Whole texts read as templates, as Terraform reads the strings of .tf.json files.</summary>
public sealed class HclTemplateParseTests
{
    private static HclSyntaxTree Parse(string text) => HclParser.ParseTemplate("x.tf.json", SourceText.From(text));

    [Theory]
    [InlineData("plain text")]
    [InlineData("Hello, ${var.name}!")]
    [InlineData("${var.x}")]
    [InlineData("a $${b} %%{c} $ % d")]
    [InlineData("%{ if var.on ~}  yes  %{~ else }no%{ endif }")]
    [InlineData("%{ for k, v in var.m }${k}=${v},%{ endfor }")]
    [InlineData("${ {a = [1, 2]}[\"a\"] } and ${f(x...)}")]
    public void Templates_read_the_same_as_inside_quotes(string text)
    {
        var bare = Parse(text);
        Assert.True(bare.IsValid, string.Join("; ", bare.ParseDiagnostics.Select(d => d.Message)));
        Assert.Equal(text, bare.ToFullString());
        var quoted = HclParser.Parse("main.tf", SourceText.From($"a = \"{text}\"\n")).Root.GetAttribute("a")!.Expression;
        var template = bare.Expression!;
        Assert.Equal(quoted.IsPassthrough, template.IsPassthrough);
        Assert.Equal(
            quoted.TemplateParts.Select(p => p.Literal ?? p.Node!.Kind + ":" + p.Node.ToString()),
            template.TemplateParts.Select(p => p.Literal ?? p.Node!.Kind + ":" + p.Node.ToString()));
    }

    [Fact]
    public void Line_breaks_and_trailing_signs_are_text_in_a_template()
    {
        var template = Parse("line one\n  ${var.x}\nends with $").Expression!;
        Assert.Equal(["line one\n  ", null, "\nends with $"], template.TemplateParts.Select(p => p.Literal));
    }

    [Theory]
    [InlineData("${var.x", "Unclosed template interpolation sequence")]
    [InlineData("%{ if a }x", "Unexpected end of template")]
    [InlineData("${a b}", "Extra characters after interpolation expression")]
    public void Broken_templates_report_HashiCorp_errors(string text, string summary)
    {
        Assert.Equal(summary, Parse(text).ParseDiagnostics[0].Summary);
    }

    [Fact]
    public void Json_strings_parse_as_templates()
    {
        var json = TerraformJsonParser.Parse("main.tf.json", SourceText.From("{\"output\": {\"x\": {\"value\": \"${aws_s3_bucket.b.arn}/*\"}}}"));
        var value = json.Body!.GetBlocks("output", 1).Single().Body.GetAttribute("value")!.Value;
        var template = value.ParseTemplate("main.tf.json")!.Expression!;
        var interpolation = template.TemplateParts[0].Node!;
        Assert.Equal("aws_s3_bucket.b.arn", interpolation.First!.ToString());
        Assert.Equal("/*", template.TemplateParts[1].Literal);
    }
}

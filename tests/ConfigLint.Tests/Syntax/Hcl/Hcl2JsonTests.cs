using System.Text.Json;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Hcl;

public sealed class Hcl2JsonTests
{
    private static string Convert(string text)
    {
        var tree = HclParser.Parse("main.tf", SourceText.From(text));
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Assert.True(Hcl2Json.TryWrite(tree, writer, out var error), error);
        }

        // Re-serialize relaxed so expectations can be written with plain characters.
        using var document = JsonDocument.Parse(buffer.ToArray());
        return JsonSerializer.Serialize(document.RootElement, Relaxed);
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("a = 1\n", """{"a":1}""")]
    [InlineData("a = 1.5e3\nb = 0.10\nc = -2\nd = -0\n", """{"a":1500,"b":0.1,"c":-2,"d":-0}""")]
    [InlineData("a = true\nb = !true\nc = null\n", """{"a":true,"b":false,"c":null}""")]
    [InlineData("a = \"x\"\nb = [1, \"y\"]\nc = { k = 1, \"q\" = 2 }\n", """{"a":"x","b":[1,"y"],"c":{"k":1,"q":2}}""")]
    [InlineData("a = var.x\nb = f(1)\nc = (1)\nd = x ? 1 : 2\n", """{"a":"${var.x}","b":"${f(1)}","c":"${(1)}","d":"${x ? 1 : 2}"}""")]
    [InlineData("a = \"x-${var.y}\"\nb = \"${var.y}\"\nc = \"${1}\"\n", """{"a":"x-${var.y}","b":"${var.y}","c":1}""")]
    [InlineData("a = \"$${x} %%{y}\"\n", """{"a":"$${x} %%{y}"}""")]
    [InlineData("a = \"%{ if c ~} yes %{ else } no %{ endif }\"\n", """{"a":"%{if c}yes %{else} no %{endif}"}""")]
    [InlineData("a = \"%{ for k, v in m }${k}%{ endfor }\"\n", """{"a":"%{for k, v in m}${k}%{endfor}"}""")]
    [InlineData("a = \"p${c ? \"x\" : \"\"}\"\n", """{"a":"p%{if c}x%{endif}"}""")]
    [InlineData("a = { b.c = 1, (d) = 2, e[0] = 3, e[f] = 4 }\n", """{"a":{"${(d)}":2,"${e[f]}":4,"b.c":1,"e[0]":3}}""")]
    [InlineData("z = 1\nA = 2\n_ = 3\n", """{"A":2,"_":3,"z":1}""")]
    public void Values_take_the_hcl2json_shape(string text, string json)
    {
        Assert.Equal(json, Convert(text));
    }

    [Fact]
    public void Blocks_nest_by_type_and_labels_into_arrays_of_bodies()
    {
        const string text = "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\nresource \"aws_s3_bucket\" \"b\" {}\nlocals {\n  x = 1\n}\nlocals {\n  y = 2\n}\n";
        Assert.Equal("""{"locals":[{"x":1},{"y":2}],"resource":{"aws_s3_bucket":{"a":[{"bucket":"a"}],"b":[{}]}}}""", Convert(text));
    }

    [Theory]
    [InlineData("a {}\na \"x\" {}\n", "Unable to convert Block to JSON: a.x")]
    [InlineData("a \"x\" {}\na {}\n", "invalid HCL detected for \"a\" block, cannot have blocks with and without labels")]
    [InlineData("a = -true\n", "Invalid operand: Unsuitable value for unary operand: number required.")]
    [InlineData("a = 1 b\n", "Missing newline after argument: An argument definition must end with a newline.")]
    public void Files_hcl2json_cannot_convert_fail_with_its_reason(string text, string error)
    {
        var tree = HclParser.Parse("main.tf", SourceText.From(text));
        using var writer = new Utf8JsonWriter(new MemoryStream());
        Assert.False(Hcl2Json.TryWrite(tree, writer, out var message));
        Assert.Equal(error, message);
    }

    [Theory]
    [InlineData("1e400", 401)]
    [InlineData("12345678901234567890.123456789", 30)]
    public void Numbers_keep_every_digit(string literal, int length)
    {
        Assert.Equal(length, HclNumber.Format(literal).Length);
        Assert.DoesNotContain("e", HclNumber.Format(literal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("007", "7")]
    [InlineData("1.e5", "100000")]
    [InlineData("2.5E-3", "0.0025")]
    [InlineData("0.0", "0")]
    public void Numbers_are_written_in_Terraform_canonical_decimal_form(string literal, string expected)
    {
        Assert.True(HclNumber.IsValid(literal));
        Assert.Equal(expected, HclNumber.Format(literal));
    }

    [Fact]
    public void Non_ascii_keys_sort_by_code_point_as_Go_does()
    {
        // UTF-16 order would put the emoji (a surrogate pair) before U+FB01; UTF-8 byte order puts it after.
        using var document = JsonDocument.Parse(Convert("x = { \"\uFB01\" = 1, \"\U0001F600\" = 2, \"z\" = 3 }\n"));
        Assert.Equal(["z", "\uFB01", "\U0001F600"], document.RootElement.GetProperty("x").EnumerateObject().Select(p => p.Name));
    }
}

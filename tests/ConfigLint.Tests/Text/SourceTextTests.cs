using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb", 2, 1, 0)]
    [InlineData("a\r\nb", 3, 1, 0)]
    [InlineData("a\rb", 2, 1, 0)]
    [InlineData("ab", 1, 0, 1)]
    [InlineData("", 0, 0, 0)]
    public void Offsets_map_to_zero_based_line_positions(string content, int offset, int line, int character)
    {
        var text = SourceText.From(content);
        Assert.Equal(new LinePosition(line, character), text.GetLinePosition(offset));
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_content_but_is_restored_on_encode()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("K=v\n"u8.ToArray()).ToArray();
        var text = SourceText.From(bytes);
        Assert.Equal("K=v\n", text.Content);
        Assert.True(text.HasByteOrderMark);
        Assert.Equal(bytes, text.Encode(text.Content));
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_decoded()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes("A=1")).ToArray();
        var text = SourceText.From(bytes);
        Assert.Equal("A=1", text.Content);
        Assert.False(text.HasDecodingErrors);
        Assert.Equal(bytes, text.Encode("A=1"));
    }

    [Fact]
    public void Invalid_utf8_is_flagged_and_replaced()
    {
        var text = SourceText.From(new byte[] { 0x41, 0xFF, 0x42 });
        Assert.True(text.HasDecodingErrors);
        Assert.Equal("A\uFFFDB", text.Content);
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        var text = SourceText.From("😀x");
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
    }

    [Fact]
    public void Line_span_excludes_the_line_break()
    {
        var text = SourceText.From("ab\r\ncd");
        Assert.Equal(TextSpan.FromBounds(0, 2), text.GetLineSpan(0));
        Assert.Equal(TextSpan.FromBounds(4, 6), text.GetLineSpan(1));
    }
}

using System.Text;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Hcl;

public sealed class HclParserTests
{
    private static HclSyntaxTree Parse(string text) => HclParser.Parse("main.tf", SourceText.From(text));

    private static HclExpression Value(string text, string name = "a")
    {
        var tree = Parse(text);
        Assert.True(tree.IsValid, string.Join("; ", tree.ParseDiagnostics.Select(d => d.Message)));
        return tree.Root.GetAttribute(name)!.Expression;
    }

    [Theory]
    [InlineData("")]
    [InlineData("a = 1")]
    [InlineData("  a   =   1  # c\n\n\t b = [ 1 ,\n 2 ]  \n")]
    [InlineData("resource \"a\" \"b\" {\r\n  c = \"d\"\r\n}\r\n")]
    [InlineData("x = <<-EOT\n    one\n  EOT\n")]
    [InlineData("a = \"unterminated")]
    [InlineData("a = <<EOT\nnever closed\n")]
    [InlineData("}}}{{{ ]]] \"\"\" ${ %{ ~} \\ @ ; ` '")]
    [InlineData("/* unterminated block comment\na = 1\n")]
    [InlineData("a = \"${b \n c = 1\n")]
    [InlineData("a = 1\rb = 2")]
    [InlineData("a = \"x$")]
    public void Any_input_round_trips_byte_for_byte(string text)
    {
        var tree = Parse(text);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(text, tree.Root.ToFullString());
        var rebuilt = new StringBuilder();
        foreach (var token in tree.Tokens.Where(t => !t.IsTrivia))
        {
            rebuilt.Append(text, tree.GetLeadingTrivia(token).Start, tree.GetLeadingTrivia(token).Length);
            rebuilt.Append(tree.GetText(token));
            rebuilt.Append(text, tree.GetTrailingTrivia(token).Start, tree.GetTrailingTrivia(token).Length);
        }

        Assert.Equal(text, rebuilt.ToString());
    }

    [Fact]
    public void Random_text_never_throws_and_always_round_trips()
    {
        // Characters HCL gives meaning to, plus ones it rejects: lone surrogates, NUL, curly quotes, tabs, lone CR.
        const string alphabet = "abz_09 \t\n\r{}[]()\"'`=,.:?!<>-+*/%$#~&|^;\\@\0\u201C\u00e9\uD800\uDC00😀~}${%{<<EOT\n";
        var random = new Random(12345);
        for (var i = 0; i < 3000; i++)
        {
            var length = random.Next(120);
            var builder = new StringBuilder(length);
            for (var j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            var tree = Parse(text);
            Assert.Equal(text, tree.ToFullString());
            using var writer = new System.Text.Json.Utf8JsonWriter(Stream.Null);
            var converted = Hcl2Json.TryWrite(tree, writer, out var error);
            Assert.True(converted || error is not null);
            Assert.True(!converted || tree.IsValid);
            var walker = new CountingWalker();
            walker.Visit(tree.Root);
        }
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_text_and_columns_start_after_it()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a = \"x\n")).ToArray();
        var tree = HclParser.Parse("main.tf", SourceText.From(bytes));
        var diagnostic = tree.Diagnostics[0];
        Assert.StartsWith("Invalid multi-line string", diagnostic.Message);
        Assert.Equal(1, diagnostic.Location.StartLine);
        Assert.Equal(7, diagnostic.Location.StartColumn);
        Assert.Equal("a = \"x\n", tree.ToFullString());
    }

    [Fact]
    public void Attributes_and_blocks_have_exact_spans_names_and_labels()
    {
        const string text = "resource \"aws_s3_bucket\" logs {\n  bucket = \"logs-${var.env}\"\n}\n";
        var tree = Parse(text);
        var block = Assert.Single(tree.Root.Blocks);
        Assert.Equal("resource", block.Type);
        Assert.Equal(["aws_s3_bucket", "logs"], block.Labels.Select(l => l.Value));
        Assert.Equal("\"aws_s3_bucket\"", text[block.Labels[0].Span.Start..block.Labels[0].Span.End]);
        Assert.False(block.Labels[1].IsQuoted);
        Assert.Equal(text.TrimEnd('\n'), block.ToString());
        var attribute = Assert.Single(block.Body.Attributes);
        Assert.Equal("bucket", attribute.Name);
        Assert.Equal("bucket = \"logs-${var.env}\"", attribute.ToString());
        Assert.Equal(new LinePosition(1, 2), attribute.LineSpan.Start);
        Assert.Equal(2, attribute.Location.StartLine);
        Assert.Equal(3, attribute.Location.StartColumn);
        Assert.Equal("\"logs-${var.env}\"", attribute.Expression.ToString());
        Assert.Same(block.Body, attribute.Parent);
    }

    [Theory]
    [InlineData("a \"x\\ty\" {}\n", "x\ty")]
    [InlineData("a \"\\u00e9\" {}\n", "é")]
    [InlineData("a \"$${x}\" {}\n", "${x}")]
    public void Quoted_labels_are_decoded(string text, string label)
    {
        Assert.Equal(label, Assert.Single(Assert.Single(Parse(text).Root.Blocks).Labels).Value);
    }

    [Fact]
    public void One_line_block_holds_its_single_argument()
    {
        var block = Assert.Single(Parse("lifecycle { prevent_destroy = true }\n").Root.Blocks);
        Assert.Equal("prevent_destroy", Assert.Single(block.Body.Attributes).Name);
    }

    [Theory]
    [InlineData("a = \"\\n\\r\\t\\\"\\\\\"\n", "\n\r\t\"\\")]
    [InlineData("a = \"\\u00e9\\U0001F600\"\n", "é😀")]
    [InlineData("a = \"$${x} %%{y} $$ %% $ %\"\n", "${x} %{y} $$ %% $ %")]
    [InlineData("a = \"\"\n", "")]
    [InlineData("a = <<EOT\nline one\n  line two\nEOT\n", "line one\n  line two\n")]
    [InlineData("a = <<EOT\r\ncrlf\r\nEOT\r\n", "crlf\r\n")]
    [InlineData("a = <<EOT\nno \\n escapes\nEOT\n", "no \\n escapes\n")]
    public void Static_strings_decode_escapes_as_HCL_does(string text, string value)
    {
        Assert.True(Value(text).TryGetStaticString(out var decoded));
        Assert.Equal(value, decoded);
    }

    [Theory]
    [InlineData("a = <<-EOT\n    deep\n  shallow\n\n    deep\n  EOT\n", "  deep\nshallow\n\n  deep\n")]
    [InlineData("a = <<-EOT\n\t\tx\n\t\ty\n\tEOT\n", "x\ny\n")]
    public void Heredoc_with_indent_marker_strips_common_leading_whitespace(string text, string value)
    {
        Assert.True(Value(text).TryGetStaticString(out var decoded));
        Assert.Equal(value, decoded);
    }

    [Fact]
    public void Heredoc_closing_marker_may_be_indented_and_followed_by_blanks()
    {
        Assert.True(Value("a = <<EOT\nx\n   EOT  \n").TryGetStaticString(out var value));
        Assert.Equal("x\n", value);
    }

    [Fact]
    public void Strip_markers_trim_only_the_neighbouring_literal_and_in_heredocs_at_most_one_line_break()
    {
        var quoted = Value("a = \"x  ${~ b ~}  y\"\n").TemplateParts;
        Assert.Equal(["x", null, "y"], quoted.Select(p => p.Literal));

        var heredoc = Value("a = <<EOT\nkeep\n%{ if c ~}\n\n   b\n%{ endif }\nEOT\n").TemplateParts;
        Assert.Equal("\n   b\n", heredoc[2].Literal);
    }

    [Fact]
    public void Single_interpolation_template_is_a_passthrough()
    {
        Assert.True(Value("a = \"${var.x}\"\n").IsPassthrough);
        Assert.False(Value("a = \"x${var.x}\"\n").IsPassthrough);
    }

    [Theory]
    [InlineData("1 + 2 * 3", "Binary(Plus Literal Binary(Star Literal Literal))")]
    [InlineData("a || b && c", "Binary(BarBar Variable Binary(AmpersandAmpersand Variable Variable))")]
    [InlineData("a == b != c", "Binary(NotEquals Binary(EqualsEquals Variable Variable) Variable)")]
    [InlineData("1 - 2 - 3", "Binary(Minus Binary(Minus Literal Literal) Literal)")]
    [InlineData("-1 + 2", "Binary(Plus Unary(Minus Literal) Literal)")]
    [InlineData("!a.b", "Unary(Bang GetAttribute(Variable))")]
    [InlineData("a ? b : c ? d : e", "Conditional(Variable Variable Conditional(Variable Variable Variable))")]
    [InlineData("a < b + 1", "Binary(LessThan Variable Binary(Plus Variable Literal))")]
    [InlineData("(1 + 2) * 3", "Binary(Star Parenthesized(Binary(Plus Literal Literal)) Literal)")]
    [InlineData("a.b[0].c", "GetAttribute(Index(GetAttribute(Variable) Literal))")]
    [InlineData("a.0", "LegacyIndex(Variable)")]
    [InlineData("a.*.b", "AttributeSplat(Variable GetAttribute(SplatItem))")]
    [InlineData("a[*].b[0]", "FullSplat(Variable Index(GetAttribute(SplatItem) Literal))")]
    [InlineData("a.*.b[0]", "Index(AttributeSplat(Variable GetAttribute(SplatItem)) Literal)")]
    [InlineData("f(x...)", "FunctionCall(Variable)")]
    [InlineData("[for k, v in m : v if k != \"\"]", "For(Variable Variable Binary(NotEquals Variable Template))")]
    [InlineData("{for v in l : v.k => v...}", "For(Variable GetAttribute(Variable) Variable)")]
    [InlineData("{ a = 1, (b) = 2, \"c\": 3 }", "Object(ObjectItem(Variable Literal) ObjectItem(Parenthesized(Variable) Literal) ObjectItem(Template Literal))")]
    public void Expressions_follow_HashiCorp_precedence_and_shape(string expression, string shape)
    {
        Assert.Equal(shape, Shape(Value($"a = {expression}\n")));
    }

    [Fact]
    public void Function_calls_keep_provider_namespaces_and_expansion()
    {
        var call = Value("a = provider::aws::arn_parse(var.arn, x...)\n");
        Assert.Equal("provider::aws::arn_parse", call.FunctionName);
        Assert.True(call.ExpandsFinalArgument);
        Assert.Equal(2, call.Operands.Count());
    }

    [Fact]
    public void For_expressions_expose_their_parts()
    {
        var loop = Value("a = {for k, v in var.m : upper(k) => v... if v != null}\n");
        Assert.True(loop.IsObjectFor);
        Assert.True(loop.IsGrouped);
        Assert.Equal("k", loop.KeyVariable);
        Assert.Equal("v", loop.ValueVariable);
        Assert.Equal("var.m", loop.First!.ToString());
        Assert.Equal("upper(k)", loop.ForKey!.ToString());
        Assert.Equal("v", loop.ForValue!.ToString());
        Assert.Equal("v != null", loop.ForCondition!.ToString());
    }

    [Theory]
    [InlineData("a = 1 b = 2\n", "Missing newline after argument", 1, 7)]
    [InlineData("a = 1,\n", "Unexpected comma after argument", 1, 6)]
    [InlineData("resource \"a\" \"b\" {\n  c = 1\n", "Unclosed configuration block", 1, 18)]
    [InlineData("a = 1\nb = 2\na = 3\n", "Attribute redefined", 3, 1)]
    [InlineData("= 1\n", "Argument or block definition required", 1, 1)]
    [InlineData("\"a\" = 1\n", "Invalid argument name", 1, 1)]
    [InlineData("a = \n", "Invalid expression", 1, 5)]
    [InlineData("a =", "Missing expression", 1, 4)]
    [InlineData("a = b.0.1\n", "Invalid legacy index syntax", 1, 7)]
    [InlineData("a = b.*.*\n", "Nested splat expression not allowed", 1, 9)]
    [InlineData("a = \"abc", "Unterminated template string", 1, 9)]
    [InlineData("a = <<EOT\nhello\nEOT", "Unterminated template string", 3, 4)]
    [InlineData("a = \"${b", "Unclosed template interpolation sequence", 1, 6)]
    [InlineData("a = [1 2]\n", "Missing item separator", 1, 8)]
    [InlineData("a = { b = 1 c = 2 }\n", "Missing attribute separator", 1, 13)]
    [InlineData("a = f(1 2)\n", "Missing argument separator", 1, 9)]
    [InlineData("a = (1 + 2\n", "Unbalanced parentheses", 2, 1)]
    [InlineData("a = [for k, v in m : k => v]\n", "Invalid 'for' expression", 1, 22)]
    [InlineData("a { b = 1\n}\n", "Invalid single-argument block definition", 1, 10)]
    [InlineData("a \"b\" = {\n}\n", "Invalid block definition", 1, 7)]
    [InlineData("a = 1 @ 2\n", "Invalid character", 1, 7)]
    [InlineData("a = 1 & 2\n", "Unsupported operator", 1, 7)]
    [InlineData("a = \"\\q\"\n", "Invalid escape sequence", 1, 6)]
    [InlineData("a = \"%{ if b }x\"\n", "Unexpected end of template", 1, 16)]
    [InlineData("a = \"x%{ endif }\"\n", "Unexpected endif directive", 1, 7)]
    [InlineData("a = 1.2.3\n", "Invalid number literal", 1, 5)]
    [InlineData("a = b[*\n", "Missing close bracket on splat index", 2, 1)]
    [InlineData("x {\n  y = 1\n}\nz = [1,\n", "Missing expression", 5, 1)]
    [InlineData("z = [1\n", "Unterminated tuple constructor expression", 1, 5)]
    public void First_error_has_HashiCorp_summary_at_HashiCorp_position(string text, string summary, int line, int column)
    {
        var tree = Parse(text);
        var first = tree.Diagnostics[0];
        Assert.StartsWith(summary + ":", first.Message);
        Assert.Equal(EngineDiagnostics.SyntaxError, first.Descriptor);
        Assert.Equal((line, column), (first.Location.StartLine, first.Location.StartColumn));
        Assert.Equal(summary, tree.ParseDiagnostics[0].Summary);
    }

    [Fact]
    public void Invalid_characters_are_reported_before_parse_errors_on_earlier_lines()
    {
        var tree = Parse("a = 1 b\nc = 2 ; \n");
        Assert.Equal(["Invalid character", "Missing newline after argument"], tree.ParseDiagnostics.Select(d => d.Summary));
    }

    [Fact]
    public void Parsing_continues_after_an_error_and_keeps_the_later_blocks()
    {
        var tree = Parse("a = (\nresource \"x\" \"y\" {\n  z = 1\n}\n");
        Assert.False(tree.IsValid);
        Assert.Equal("a = (\nresource \"x\" \"y\" {\n  z = 1\n}\n", tree.ToFullString());

        tree = Parse("broken = [1 2]\nresource \"x\" \"y\" {\n  z = 1\n}\n");
        Assert.Single(tree.ParseDiagnostics);
        Assert.Equal("resource", Assert.Single(tree.Root.Blocks).Type);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("(", ")")]
    [InlineData("{a=", "}")]
    [InlineData("-", "")]
    [InlineData("\"${", "}\"")]
    public void Deep_nesting_reports_a_diagnostic_instead_of_overflowing_the_stack(string open, string close)
    {
        var depth = 100_000;
        var text = "a = " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        var tree = Parse(text);
        Assert.Contains(tree.ParseDiagnostics, d => d.Summary == "Nesting too deep");
        Assert.Equal(text, tree.ToFullString());
    }

    [Theory]
    [InlineData("x ? 1 : ", "0")]
    [InlineData("a[", "]")]
    public void Chained_conditionals_and_nested_indexes_are_cut_off_with_a_diagnostic(string open, string close)
    {
        var text = "a = " + string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, close == "0" ? 0 : 100_000)) + "\n";
        var tree = Parse(text);
        Assert.Contains(tree.ParseDiagnostics, d => d.Summary == "Nesting too deep");
        Assert.Equal(text, tree.ToFullString());
    }

    [Fact]
    public void Deeply_nested_template_directives_are_cut_off_with_a_diagnostic()
    {
        var text = "a = \"" + string.Concat(Enumerable.Repeat("%{if x}", 50_000)) + string.Concat(Enumerable.Repeat("%{endif}", 50_000)) + "\"\n";
        Assert.Contains(Parse(text).ParseDiagnostics, d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Walking_a_very_long_operator_chain_throws_a_catchable_exception_at_worst()
    {
        var tree = Parse("a = " + string.Join(" + ", Enumerable.Repeat("1", 200_000)) + "\n");
        Assert.True(tree.IsValid);
        var walker = new CountingWalker();
        var thread = new Thread(() =>
        {
            try
            {
                walker.Visit(tree.Root);
            }
            catch (InsufficientExecutionStackException)
            {
                walker.Kinds.Add("stopped");
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("stopped", walker.Kinds[^1]);
    }

    [Fact]
    public void Deeply_nested_blocks_are_cut_off_with_a_diagnostic()
    {
        var text = string.Concat(Enumerable.Repeat("a {\n", 5000)) + string.Concat(Enumerable.Repeat("}\n", 5000));
        Assert.Contains(Parse(text).ParseDiagnostics, d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Comments_are_reported_without_their_markers_for_suppressions()
    {
        var tree = Parse("# configlint-disable-next-line CL2001 -- legacy\na = 1 // two\n/* three */\n");
        Assert.Equal(["configlint-disable-next-line CL2001 -- legacy", "two", "three"], tree.Comments.Select(c => c.Text));
        Assert.Equal(new TextSpan(0, 47), tree.Comments[0].Span);
    }

    [Fact]
    public void Newlines_inside_brackets_are_trivia_and_newlines_ending_arguments_are_tokens()
    {
        var tree = Parse("a = [\n  1,\n]\n");
        var newlines = tree.Tokens.Where(t => t.Kind == HclTokenKind.Newline).ToList();
        Assert.Equal([true, true, false], newlines.Select(t => t.IsTrivia));
    }

    [Fact]
    public void Tokens_know_their_line_and_column()
    {
        var tree = Parse("a = 1\n  b = \"x\"\n");
        var quote = tree.Tokens.First(t => t.Kind == HclTokenKind.OpenQuote);
        Assert.Equal(new LinePosition(1, 6), tree.GetLineSpan(quote).Start);
        Assert.Equal("2:7", tree.GetLocation(quote.Span).ToString()[8..]);
    }

    [Fact]
    public void Trailing_trivia_runs_to_the_end_of_the_line_and_leading_trivia_holds_indentation()
    {
        const string text = "a = 1 # note\n  b = 2\n";
        var tree = Parse(text);
        var one = tree.Tokens.First(t => t.Kind == HclTokenKind.Number);
        Assert.Equal(" # note", text.Substring(tree.GetTrailingTrivia(one).Start, tree.GetTrailingTrivia(one).Length));
        var b = tree.Tokens.Where(t => t.Kind == HclTokenKind.Identifier).ElementAt(1);
        Assert.Equal("  ", text.Substring(tree.GetLeadingTrivia(b).Start, tree.GetLeadingTrivia(b).Length));
    }

    [Fact]
    public void Walker_visits_every_node()
    {
        var tree = Parse("a = [1, {b = \"${c}\"}]\nd \"e\" {\n  f = g(h)\n}\n");
        var walker = new CountingWalker();
        walker.Visit(tree.Root);
        Assert.Equal(["Body", "Attribute", "Tuple", "Literal", "Object", "ObjectItem", "Variable", "Template", "Interpolation", "Variable",
            "Block", "Body", "Attribute", "FunctionCall", "Variable"], walker.Kinds);
    }

    [Fact]
    public void Nodes_are_the_same_objects_whichever_thread_asks_first()
    {
        var tree = Parse(string.Concat(Enumerable.Range(0, 200).Select(i => $"b{i} {{\n  a = [{i}]\n}}\n")));
        var seen = new System.Collections.Concurrent.ConcurrentBag<HclSyntaxNode>();
        Parallel.For(0, 8, _ => seen.Add(tree.Root.Blocks.Last().Body.Attributes.Single().Expression));
        Assert.Single(seen.Distinct());
    }

    [Fact]
    public void Syntax_parser_reads_tf_and_tfvars_with_this_parser()
    {
        Assert.IsType<HclSyntaxTree>(SyntaxParser.Parse("main.tf", SourceText.From("a = 1\n"), ConfigFormat.Terraform));
        var tfvars = SyntaxParser.Parse("prod.tfvars", SourceText.From("region = \"eu-west-1\"\n"), ConfigFormat.TerraformVariables);
        Assert.Equal(ConfigFormat.TerraformVariables, Assert.IsType<HclSyntaxTree>(tfvars).Format);
    }

    [Fact]
    public void Write_tree_lists_nodes_with_positions_and_tokens()
    {
        var writer = new StringWriter();
        Parse("a = 1\n").WriteTree(writer);
        Assert.Contains("Attribute 1:1 [0..5)", writer.ToString());
        Assert.Contains("Number [4..5) \"1\"", writer.ToString());
    }

    private static string Shape(HclSyntaxNode node)
    {
        var expression = node as HclExpression;
        var head = expression?.Kind is HclSyntaxKind.Binary or HclSyntaxKind.Unary ? $"{expression.Operator} " : string.Empty;
        return node.Children.IsEmpty ? node.Kind.ToString() : $"{node.Kind}({head}{string.Join(' ', node.Children.Select(Shape))})";
    }

    private sealed class CountingWalker : HclSyntaxWalker
    {
        public List<string> Kinds { get; } = [];

        public override void VisitBody(HclBody body)
        {
            Kinds.Add("Body");
            base.VisitBody(body);
        }

        public override void VisitAttribute(HclAttribute attribute)
        {
            Kinds.Add("Attribute");
            base.VisitAttribute(attribute);
        }

        public override void VisitBlock(HclBlock block)
        {
            Kinds.Add("Block");
            base.VisitBlock(block);
        }

        public override void VisitObjectItem(HclObjectItem item)
        {
            Kinds.Add("ObjectItem");
            base.VisitObjectItem(item);
        }

        public override void VisitExpression(HclExpression expression)
        {
            Kinds.Add(expression.Kind.ToString());
            base.VisitExpression(expression);
        }
    }
}

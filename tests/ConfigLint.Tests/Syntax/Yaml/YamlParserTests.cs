using ConfigLint.Syntax;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConfigLint.Tests.Syntax.Yaml;

public sealed class YamlParserTests
{
    private static YamlSyntaxTree Parse(string content) => YamlParser.Parse("f.yaml", SourceText.From(content));

    private static IEnumerable<string> Errors(YamlSyntaxTree tree) =>
        tree.Diagnostics.Select(d => $"{d.Location.StartLine}:{d.Location.StartColumn} {d.Id} {d.Message}");

    [Theory]
    [InlineData("a: 1\n", "a", "1:4-1:5")]
    [InlineData("a: 1\n", "<a>", "1:1-1:2")]
    [InlineData("a:\n  b: \"quoted\"\n", "a.b", "2:6-2:14")]
    [InlineData("a:\n  b: 'x'\n  c: plain words here\n", "a.c", "3:6-3:22")]
    [InlineData("a:\r\n  b: 1\r\n  c: 2\r\n", "a.c", "3:6-3:7")]
    [InlineData("list:\n  - one\n  - two\n", "list[1]", "3:5-3:8")]
    [InlineData("list: [one, two]\n", "list", "1:7-1:17")]
    [InlineData("map: {k: v}\n", "map.k", "1:10-1:11")]
    [InlineData("a:\n  b: 1\n  c: 2\n", "a", "2:3-3:7")]
    [InlineData("list:\n- x\n- y\n", "list", "2:1-3:4")]
    [InlineData("s: |\n  line one\n  line two\nnext: 1\n", "s", "1:4-3:11")]
    [InlineData("s: >-\n  folded\n  text\n", "s", "1:4-3:7")]
    [InlineData("e: \"😀x\"\nf: 1\n", "e", "1:4-1:9")]
    [InlineData("{e: \"😀x\", f: 1}\n", "e", "1:5-1:10")]
    [InlineData("a: &anchor value\n", "a", "1:12-1:17")]
    [InlineData("a: !!str 5\n", "a", "1:10-1:11")]
    [InlineData("a: &x [1]\n", "a", "1:7-1:10")]
    [InlineData("a: *x\n", "a", "1:4-1:6")]
    public void Spans_cover_the_value_in_utf16_columns(string content, string path, string expected)
    {
        var tree = Parse(content);
        var node = YamlTestPaths.Find(tree, path);
        Assert.Equal(expected, YamlTestPaths.Range(tree.Text, node.Span));
    }

    [Fact]
    public void Marks_agree_with_yamldotnet_line_and_column_for_ordinary_text()
    {
        const string content = "a: 1\r\nb:\r\n  - \"x\"\r\n  - {c: d}\r\n";
        var parser = new Parser(new Scanner(new StringReader(content)));
        var text = SourceText.From(content);
        while (parser.MoveNext())
        {
            var mark = parser.Current!.Start;
            var position = text.GetLinePosition((int)mark.Index);
            Assert.Equal(new LinePosition((int)mark.Line - 1, (int)mark.Column - 1), position);
        }
    }

    [Fact]
    public void Scalars_keep_value_style_and_tag()
    {
        var tree = Parse("a: plain\nb: 'single'\nc: \"dq\\t\"\nd: |\n  lit\ne: !reset []\nf: !!int \"7\"\n");
        var a = (YamlScalar)YamlTestPaths.Find(tree, "a");
        Assert.True(a.IsPlainUntagged);
        Assert.Equal(YamlScalarStyle.SingleQuoted, ((YamlScalar)YamlTestPaths.Find(tree, "b")).Style);
        Assert.Equal("dq\t", ((YamlScalar)YamlTestPaths.Find(tree, "c")).Value);
        Assert.Equal(("lit\n", YamlScalarStyle.Literal), (((YamlScalar)YamlTestPaths.Find(tree, "d")).Value, ((YamlScalar)YamlTestPaths.Find(tree, "d")).Style));
        Assert.Equal("!reset", YamlTestPaths.Find(tree, "e").Tag);
        Assert.Equal("tag:yaml.org,2002:int", YamlTestPaths.Find(tree, "f").Tag);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Multi_document_streams_keep_every_document_with_its_span()
    {
        var tree = Parse("---\nkind: A\n---\nkind: B\n...\n---\n# only a comment\n");
        Assert.Equal([0, 1, 2], tree.Documents.Select(d => d.Index));
        Assert.Equal("A", ((YamlScalar)tree.Documents[0].RootMapping!.Get("kind")!).Value);
        Assert.Equal("B", ((YamlScalar)tree.Documents[1].RootMapping!.Get("kind")!).Value);
        Assert.Null(tree.Documents[2].Root);
        Assert.Equal("1:1-2:8", YamlTestPaths.Range(tree.Text, tree.Documents[0].Span));
        Assert.Equal("3:1-4:8", YamlTestPaths.Range(tree.Text, tree.Documents[1].Span));
    }

    [Fact]
    public void Aliases_point_at_the_anchored_node()
    {
        var tree = Parse("base: &b {x: 1}\nuse: *b\n");
        var alias = Assert.IsType<YamlAlias>(YamlTestPaths.Find(tree, "use"));
        Assert.Same(YamlTestPaths.Find(tree, "base"), alias.Target);
        Assert.Equal("b", alias.Name);
    }

    [Fact]
    public void Merge_keys_let_own_keys_win_and_earlier_sources_win_over_later_ones()
    {
        var tree = Parse("""
            one: &one {a: 1, b: 1}
            two: &two {b: 2, c: 2}
            m:
              <<: [*one, *two]
              a: own
            """);
        var m = (YamlMapping)YamlTestPaths.Find(tree, "m");
        Assert.Equal(["a", "b", "c"], m.Members.Select(e => e.KeyText).Order());
        Assert.Equal("own", ((YamlScalar)m.Get("a")!).Value);
        Assert.Equal("1", ((YamlScalar)m.Get("b")!).Value);
        Assert.Equal("2", ((YamlScalar)m.Get("c")!).Value);
        Assert.Equal(2, m.Entries.Length);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Merged_members_keep_the_location_of_the_anchored_text()
    {
        var tree = Parse("x-common: &common\n  image: app:1\nservices:\n  web:\n    <<: *common\n");
        var web = (YamlMapping)YamlTestPaths.Find(tree, "services.web");
        Assert.Equal("2:10-2:15", YamlTestPaths.Range(tree.Text, web.Get("image")!.Span));
    }

    [Theory]
    [InlineData("a: 1\nb: 2\na: 3\n", "3:1 CL0001 duplicate key 'a': it is already defined on line 1, and YAML keys must be unique in a mapping")]
    [InlineData("x: *missing\n", "1:4 CL0001 unknown alias '*missing': no anchor '&missing' is defined before it in this document")]
    [InlineData("a: &s 1\nm:\n  <<: *s\n", "3:7 CL0001 invalid merge: '<<' takes a mapping or a list of mappings")]
    [InlineData("a: 1\n  b: 2\n", "2:4 CL0001 invalid YAML: while scanning a plain scalar value, found invalid mapping")]
    [InlineData("a: b: c\n", "1:5 CL0001 invalid YAML: while scanning a plain scalar value, found invalid mapping")]
    [InlineData("a: 'open\n", "1:4 CL0001 invalid YAML: while scanning a quoted scalar, found unexpected end of stream")]
    [InlineData("key: @x\n", "1:6 CL0001 invalid YAML: while scanning for the next token, found character that cannot start any token")]
    [InlineData("- a\nb: c\n", "2:1 CL0001 invalid YAML: while parsing a block collection, did not find expected '-' indicator")]
    public void Problems_are_cl0001_at_their_position(string content, string expected)
    {
        Assert.Equal([expected], Errors(Parse(content)));
    }

    [Fact]
    public void Alias_in_its_own_anchor_is_unknown_rather_than_a_cycle()
    {
        var tree = Parse("a: &self\n  b: *self\n");
        Assert.Contains(tree.Diagnostics, d => d.Message.StartsWith("unknown alias '*self'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unclosed_flow_collection_is_reported_without_throwing()
    {
        var tree = Parse("a: [1, 2\nb: 3\n");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("CL0001", error.Id);
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_document_does_not_hide_the_next_one()
    {
        var tree = Parse("kind: A\n---\nkind: [broken\n---\nkind: C\n");
        Assert.Single(tree.Diagnostics);
        Assert.Equal(["A", "C"], tree.Documents.Select(d => ((YamlScalar)d.RootMapping!.Get("kind")!).Value));
        Assert.Equal([0, 2], tree.Documents.Select(d => d.Index));
        Assert.Equal(5, tree.Text.GetLinePosition(tree.Documents[1].RootMapping!.Get("kind")!.Span.Start).Line + 1);
    }

    [Fact]
    public void Billion_laughs_is_a_limit_diagnostic_and_the_expansion_stays_bounded()
    {
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        var tree = Parse(string.Join("\n", lines) + "\n");
        var limit = Assert.Single(tree.Diagnostics);
        Assert.Contains("billion laughs", limit.Message, StringComparison.Ordinal);
        Assert.Equal(5, limit.Location.StartLine);
        Assert.True(Walk(tree.Documents[0].Root!) < 200_000);
    }

    [Fact]
    public void Deep_nesting_is_cut_off_with_a_diagnostic_instead_of_overflowing_the_stack()
    {
        var tree = Parse(new string('[', 5000) + new string(']', 5000) + "\n");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Contains("deeper than 128", error.Message, StringComparison.Ordinal);
        Assert.Equal(129, error.Location.StartColumn);
    }

    [Fact]
    public void Deep_flow_nesting_blanks_only_its_own_document()
    {
        var tree = Parse("kind: A\n---\nx: " + new string('{', 300) + "\n---\nkind: C\n");
        Assert.Equal(["A", "C"], tree.Documents.Where(d => d.Root is not null).Select(d => ((YamlScalar)d.RootMapping!.Get("kind")!).Value));
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal((3, 132), (error.Location.StartLine, error.Location.StartColumn));
    }

    [Fact]
    public void Deep_block_nesting_is_cut_off_too()
    {
        var tree = Parse(string.Concat(Enumerable.Repeat("- ", 200)) + "x\n");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("collections nest deeper than 128 levels; the deeper content is not analyzed", error.Message);
        Assert.NotNull(tree.Documents[0].Root);
    }

    [Fact]
    public void Comments_are_collected_with_spans_but_hashes_inside_scalars_are_not_comments()
    {
        var tree = Parse("# head\na: \"#no\" # tail\nb: |\n  # block text\nc: [x, y] # after flow\n");
        Assert.Equal(["head", "tail", "after flow"], tree.Comments.Select(c => c.Text));
        Assert.Equal("2:10-2:16", YamlTestPaths.Range(tree.Text, tree.Comments[1].Span));
        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("a: 1\r\nb: [x, y] # c\r\n")]
    [InlineData("- [1] # c\n- 2\n")]
    [InlineData("b: {x: 1} # c\nd: 2\n")]
    [InlineData("# top\n---\na: &x 1 # c\nb: *x\n---\n- q # d\n")]
    [InlineData("a:\n  # between\n  b: 1\n")]
    public void Collecting_comments_does_not_change_what_the_parser_sees(string content)
    {
        var withoutComments = new List<string>();
        var parser = new Parser(new Scanner(new StringReader(content), skipComments: true));
        while (parser.MoveNext())
        {
            withoutComments.Add(Describe(parser.Current!));
        }

        var tree = Parse(content);
        Assert.Empty(tree.Diagnostics);
        Assert.NotEmpty(tree.Comments);
        Assert.Equal(withoutComments.Count(e => e.StartsWith("Scalar", StringComparison.Ordinal)), CountScalars(tree));
    }

    [Fact]
    public void Parsing_never_throws_and_locations_stay_inside_the_text()
    {
        var gen = Gen.OneOf(
            Gen.String[Gen.Char["ab:-[]{}&*!|>'\"#\n\t ,?<"], 0, 60],
            Gen.String);
        gen.Sample(content =>
        {
            var tree = Parse(content);
            foreach (var diagnostic in tree.Diagnostics)
            {
                Assert.InRange(diagnostic.Location.Span.End, 0, content.Length);
            }

            foreach (var document in tree.Documents)
            {
                Assert.InRange(document.Span.End, 0, content.Length);
            }
        }, iter: 3000);
    }

    [Theory]
    [InlineData("services:\n  web:\n    image: nginx\n", ConfigFormat.Compose)]
    [InlineData("apiVersion: v1\nkind: ConfigMap\n", ConfigFormat.Kubernetes)]
    [InlineData("# c\n---\nfoo: 1\n---\napiVersion: apps/v1\nkind: Deployment\n", ConfigFormat.Kubernetes)]
    [InlineData("name: CI\non: push\n", ConfigFormat.Yaml)]
    [InlineData("services: [a]\n", ConfigFormat.Yaml)]
    public void Generic_yaml_is_refined_by_content(string content, ConfigFormat expected)
    {
        Assert.Equal(expected, SyntaxParser.Parse("x.yaml", SourceText.From(content), ConfigFormat.Yaml).Format);
    }

    [Fact]
    public void Named_formats_are_kept_whatever_the_content()
    {
        Assert.Equal(ConfigFormat.Compose, SyntaxParser.Parse("compose.yaml", SourceText.From("apiVersion: v1\nkind: X\n"), ConfigFormat.Compose).Format);
    }

    [Fact]
    public void Tree_dump_shows_kinds_spans_and_values()
    {
        var writer = new StringWriter();
        Parse("a: &x [1, 'two']\nb: *x # note\n").WriteTree(writer);
        Assert.Equal("""
            Yaml Yaml f.yaml
              Document 0 1:1-2:6
                Mapping 1:1-2:6
                  ? Scalar 1:1-1:2 Plain "a"
                  : Sequence 1:7-1:17 flow &x
                    - Scalar 1:8-1:9 Plain "1"
                    - Scalar 1:11-1:16 SingleQuoted "two"
                  ? Scalar 2:1-2:2 Plain "b"
                  : Alias 2:4-2:6 *x
              Comment 2:7-2:13 "note"

            """.ReplaceLineEndings("\n"), writer.ToString().ReplaceLineEndings("\n"));
    }

    private static string Describe(ParsingEvent e) => e is Scalar s ? $"Scalar {s.Value}" : e.GetType().Name;

    private static int CountScalars(YamlSyntaxTree tree)
    {
        var count = 0;
        foreach (var document in tree.Documents)
        {
            if (document.Root is not null)
            {
                Count(document.Root);
            }
        }

        return count;

        void Count(YamlNode node)
        {
            switch (node)
            {
                case YamlScalar:
                    count++;
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        Count(item);
                    }

                    break;
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        Count(entry.Key);
                        Count(entry.Value);
                    }

                    break;
            }
        }
    }

    private static long Walk(YamlNode node) => node.Resolve() switch
    {
        YamlSequence sequence => 1 + sequence.Items.Sum(Walk),
        YamlMapping mapping => 1 + mapping.Members.Sum(m => Walk(m.Key) + Walk(m.Value)),
        _ => 1,
    };
}

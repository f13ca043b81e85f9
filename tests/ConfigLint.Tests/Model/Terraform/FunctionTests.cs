using ConfigLint.Model.Terraform.Functions;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Tests.Model.Terraform;

/// <summary>Expected results are the examples of Terraform's function documentation (read 2026-12).</summary>
public sealed class FunctionTests
{
    private static TerraformValue S(string s) => TerraformValue.String(s);

    private static TerraformValue N(decimal n) => TerraformValue.Number(n);

    private static TerraformValue L(params TerraformValue[] items) => TerraformValue.Tuple(items);

    private static TerraformValue M(params (string Key, TerraformValue Value)[] items) =>
        TerraformValue.Object(items.Select(i => KeyValuePair.Create(i.Key, i.Value)));

    private static string Call(string name, params TerraformValue[] args) => TerraformFunctions.Call(name, args).ToString();

    public static TheoryData<string, TerraformValue[], string> Examples() => new()
    {
        { "cidrsubnet", [S("172.16.0.0/12"), N(4), N(2)], "\"172.18.0.0/16\"" },
        { "cidrsubnet", [S("10.1.2.0/24"), N(4), N(15)], "\"10.1.2.240/28\"" },
        { "cidrsubnet", [S("fd00:fd12:3456:7890::/56"), N(16), N(162)], "\"fd00:fd12:3456:7800:a200::/72\"" },
        { "cidrsubnet", [S("10.0.0.0/16"), N(8), N(3)], "\"10.0.3.0/24\"" },
        { "cidrhost", [S("10.12.112.0/20"), N(16)], "\"10.12.112.16\"" },
        { "cidrhost", [S("10.12.112.0/20"), N(268)], "\"10.12.113.12\"" },
        { "cidrhost", [S("fd00:fd12:3456:7890:00a2::/72"), N(34)], "\"fd00:fd12:3456:7890::22\"" },
        { "cidrhost", [S("10.0.0.0/24"), N(-1)], "\"10.0.0.255\"" },
        { "cidrnetmask", [S("172.16.0.0/12")], "\"255.240.0.0\"" },
        { "cidrsubnets", [S("10.1.0.0/16"), N(4), N(4), N(8), N(4)], "[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/24\", \"10.1.48.0/20\"]" },
        { "format", [S("Hello, %s!"), S("Ander")], "\"Hello, Ander!\"" },
        { "format", [S("There are %d lights"), N(4)], "\"There are 4 lights\"" },
        { "format", [S("%-5s|%5s|%05d"), S("a"), S("b"), N(42)], "\"a    |    b|00042\"" },
        { "format", [S("%.2f %t %q"), N(3.14159m), TerraformValue.True, S("x")], "\"3.14 true \\\"x\\\"\"" },
        { "format", [S("%[2]s %[1]s"), S("a"), S("b")], "\"b a\"" },
        { "formatlist", [S("Hello, %s!"), L(S("Valentina"), S("Ander"))], "[\"Hello, Valentina!\", \"Hello, Ander!\"]" },
        { "join", [S(", "), L(S("foo"), S("bar"), S("baz"))], "\"foo, bar, baz\"" },
        { "split", [S(","), S("foo,bar,baz")], "[\"foo\", \"bar\", \"baz\"]" },
        { "replace", [S("1 + 2 + 3"), S("+"), S("-")], "\"1 - 2 - 3\"" },
        { "replace", [S("hello world"), S("/w.*d/"), S("everybody")], "\"hello everybody\"" },
        { "substr", [S("hello world"), N(1), N(4)], "\"ello\"" },
        { "substr", [S("hello world"), N(-5), N(-1)], "\"world\"" },
        { "title", [S("hello world")], "\"Hello World\"" },
        { "trimprefix", [S("helloworld"), S("hello")], "\"world\"" },
        { "trimsuffix", [S("helloworld"), S("world")], "\"hello\"" },
        { "trim", [S("?!hello?!"), S("!?")], "\"hello\"" },
        { "chomp", [S("hello\n\n")], "\"hello\"" },
        { "indent", [N(2), S("[\n  foo,\n]")], "\"[\n    foo,\n  ]\"" },
        { "regex", [S("[a-z]+"), S("53453453.345345aaabbbccc23454")], "\"aaabbbccc\"" },
        { "regex", [S("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), S("2019-02-01")], "[\"2019\", \"02\", \"01\"]" },
        { "regexall", [S("[a-z]+"), S("1234abcd5678efgh9")], "[\"abcd\", \"efgh\"]" },
        { "strrev", [S("hello")], "\"olleh\"" },
        { "max", [N(12), N(54), N(3)], "54" },
        { "min", [N(12), N(54), N(3)], "3" },
        { "ceil", [N(4.1m)], "5" },
        { "floor", [N(4.9m)], "4" },
        { "pow", [N(3), N(2)], "9" },
        { "log", [N(16), N(2)], "4" },
        { "parseint", [S("FF"), N(16)], "255" },
        { "parseint", [S("-10"), N(16)], "-16" },
        { "parseint", [S("1011111011101111"), N(2)], "48879" },
        { "signum", [N(-13)], "-1" },
        { "chunklist", [L(S("a"), S("b"), S("c"), S("d"), S("e")), N(2)], "[[\"a\", \"b\"], [\"c\", \"d\"], [\"e\"]]" },
        { "coalesce", [S(""), S("b")], "\"b\"" },
        { "coalesce", [N(1), N(2)], "1" },
        { "compact", [L(S("a"), S(""), S("b"), TerraformValue.Null, S("c"))], "[\"a\", \"b\", \"c\"]" },
        { "concat", [L(S("a"), S("")), L(S("b"), S("c"))], "[\"a\", \"\", \"b\", \"c\"]" },
        { "contains", [L(S("a"), S("b"), S("c")), S("a")], "true" },
        { "distinct", [L(S("a"), S("b"), S("a"), S("c"), S("d"), S("b"))], "[\"a\", \"b\", \"c\", \"d\"]" },
        { "element", [L(S("a"), S("b"), S("c")), N(3)], "\"a\"" },
        { "flatten", [L(L(S("a"), S("b")), L(), L(S("c")))], "[\"a\", \"b\", \"c\"]" },
        { "index", [L(S("a"), S("b"), S("c")), S("b")], "1" },
        { "keys", [M(("c", N(3)), ("a", N(1)), ("b", N(2)))], "[\"a\", \"b\", \"c\"]" },
        { "length", [S("💃")], "1" },
        { "length", [M(("a", S("b")))], "1" },
        { "lookup", [M(("a", S("ay")), ("b", S("bee"))), S("c"), S("what?")], "\"what?\"" },
        { "matchkeys", [L(S("i-123"), S("i-abc"), S("i-def")), L(S("us-west"), S("us-east"), S("us-east")), L(S("us-east"))], "[\"i-abc\", \"i-def\"]" },
        { "merge", [M(("a", S("b")), ("c", S("d"))), M(("e", S("f")), ("c", S("z")))], "{ a = \"b\", c = \"z\", e = \"f\" }" },
        { "one", [L()], "null" },
        { "range", [N(3)], "[0, 1, 2]" },
        { "range", [N(1), N(4)], "[1, 2, 3]" },
        { "range", [N(4), N(1)], "[4, 3, 2]" },
        { "range", [N(1), N(8), N(2)], "[1, 3, 5, 7]" },
        { "reverse", [L(N(1), N(2), N(3))], "[3, 2, 1]" },
        { "setintersection", [L(S("a"), S("b")), L(S("b"), S("c")), L(S("b"), S("d"))], "[\"b\"]" },
        { "setproduct", [L(S("development"), S("staging")), L(S("app1"), S("app2"))], "[[\"development\", \"app1\"], [\"development\", \"app2\"], [\"staging\", \"app1\"], [\"staging\", \"app2\"]]" },
        { "setsubtract", [L(S("a"), S("b"), S("c")), L(S("a"), S("c"))], "[\"b\"]" },
        { "setunion", [L(S("a"), S("b")), L(S("b"), S("c")), L(S("d"))], "[\"a\", \"b\", \"c\", \"d\"]" },
        { "slice", [L(S("a"), S("b"), S("c"), S("d")), N(1), N(3)], "[\"b\", \"c\"]" },
        { "sort", [L(S("e"), S("d"), S("a"), S("x"))], "[\"a\", \"d\", \"e\", \"x\"]" },
        { "sum", [L(N(10), N(13), N(6), N(4.5m))], "33.5" },
        { "transpose", [M(("a", L(S("1"), S("2"))), ("b", L(S("2"), S("3"))))], "{ 1 = [\"a\"], 2 = [\"a\", \"b\"], 3 = [\"b\"] }" },
        { "zipmap", [L(S("a"), S("b")), L(N(1), N(2))], "{ a = 1, b = 2 }" },
        { "base64encode", [S("Hello World")], "\"SGVsbG8gV29ybGQ=\"" },
        { "base64decode", [S("SGVsbG8gV29ybGQ=")], "\"Hello World\"" },
        { "jsonencode", [M(("hello", S("world")))], "\"{\\\"hello\\\":\\\"world\\\"}\"" },
        { "jsonencode", [S("<b>")], "\"\\\"\\\\u003cb\\\\u003e\\\"\"" },
        { "jsondecode", [S("{\"hello\": \"world\", \"n\": [1, 2.5, true, null]}")], "{ hello = \"world\", n = [1, 2.5, true, null] }" },
        { "urlencode", [S("Hello World!")], "\"Hello+World%21\"" },
        { "csvdecode", [S("a,b,c\n1,2,3\n4,5,6\n")], "[{ a = \"1\", b = \"2\", c = \"3\" }, { a = \"4\", b = \"5\", c = \"6\" }]" },
        { "md5", [S("hello world")], "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"" },
        { "sha1", [S("hello world")], "\"2aae6c35c94fcfb415dbe95f408b9ce91ee846ed\"" },
        { "sha256", [S("hello world")], "\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\"" },
        { "base64sha256", [S("hello world")], "\"uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=\"" },
        { "uuidv5", [S("dns"), S("www.terraform.io")], "\"a5008fae-b28c-5ba5-96cd-82b4c53552d6\"" },
        { "tostring", [N(5)], "\"5\"" },
        { "tonumber", [S("1")], "1" },
        { "tobool", [S("true")], "true" },
        { "toset", [L(S("c"), S("b"), S("b"))], "[\"b\", \"c\"]" },
        { "timeadd", [S("2017-11-22T00:00:00Z"), S("10m")], "\"2017-11-22T00:10:00Z\"" },
        { "alltrue", [L(S("true"), TerraformValue.True)], "true" },
        { "anytrue", [L(TerraformValue.False)], "false" },
        { "endswith", [S("hello world"), S("world")], "true" },
        { "strcontains", [S("hello world"), S("wor")], "true" },
        { "basename", [S("foo/bar/baz.txt")], "\"baz.txt\"" },
        { "dirname", [S("foo/bar/baz.txt")], "\"foo/bar\"" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Function_matches_the_documented_example(string name, TerraformValue[] args, string expected) =>
        Assert.Equal(expected, Call(name, args));

    public static TheoryData<string, TerraformValue[], string> Errors() => new()
    {
        { "cidrsubnet", [S("10.0.0.0/24"), N(4), N(16)], "prefix extension of 4 does not accommodate a subnet numbered 16" },
        { "cidrsubnet", [S("10.0.0.0/24"), N(9), N(0)], "insufficient address space to extend prefix of 24 by 9" },
        { "cidrsubnet", [S("10.0.0/24"), N(8), N(0)], "invalid CIDR address: 10.0.0/24" },
        { "cidrhost", [S("10.0.0.0/24"), N(256)], "prefix of 24 does not accommodate a host numbered 256" },
        { "cidrnetmask", [S("fd00::/8")], "IPv6 addresses cannot have a netmask" },
        { "element", [L(), N(0)], "cannot use element function with an empty list" },
        { "coalesce", [S(""), TerraformValue.Null], "no non-null, non-empty-string arguments" },
        { "lookup", [M(("a", N(1))), S("b")], "lookup failed to find key \"b\"" },
        { "format", [S("%d"), S("x")], "number required" },
        { "jsondecode", [S("{nope")], "invalid JSON" },
        { "upper", [], "expects 1 argument(s), not 0" },
        { "regex", [S("(unclosed"), S("x")], "invalid regular expression" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Function_rejects_what_terraform_rejects_with_its_message(string name, TerraformValue[] args, string message)
    {
        var result = TerraformFunctions.Call(name, args);
        Assert.True(result.IsError, result.ToString());
        Assert.Contains(message, result.UnknownReason);
    }

    public static TheoryData<string, TerraformValue[]> TooLarge() => new()
    {
        { "format", [S("%999999999d"), N(1)] },
        { "format", [S("%.999999999f"), N(1)] },
        { "indent", [N(2_000_000_000), S("a\nb")] },
        { "join", [S(","), L([.. Enumerable.Repeat(S(new string('x', 1 << 16)), 100)])] },
        { "replace", [S(new string('a', 1 << 12)), S("a"), S(new string('b', 1 << 12))] },
        { "replace", [S(new string('a', 1 << 12)), S("/a/"), S(new string('b', 1 << 12))] },
        { "setproduct", [L([.. Enumerable.Range(0, 100).Select(i => N(i))]), L([.. Enumerable.Range(0, 100).Select(i => N(i))]), L([.. Enumerable.Range(0, 100).Select(i => N(i))])] },
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void Result_past_the_size_limits_is_unknown_not_an_error(string name, TerraformValue[] args)
    {
        var result = TerraformFunctions.Call(name, args);
        Assert.False(result.IsKnown);
        Assert.False(result.IsError);
        Assert.Equal("the value is too large to evaluate", result.UnknownReason);
    }

    [Fact]
    public void Values_that_share_parts_are_known_or_unknown_without_walking_every_path()
    {
        var value = L(S("a"));
        for (var i = 0; i < 200; i++)
        {
            value = L(value, value);
        }

        Assert.True(value.IsWhollyKnown);
        Assert.False(TerraformFunctions.Call("jsonencode", [value]).IsKnown);
    }

    [Fact]
    public void Unknown_argument_gives_unknown_and_impure_functions_are_unknown()
    {
        Assert.False(TerraformFunctions.Call("upper", [TerraformValue.Unknown]).IsKnown);
        Assert.False(TerraformFunctions.Call("timestamp", []).IsKnown);
        Assert.False(TerraformFunctions.Call("timestamp", []).IsError);
        Assert.False(TerraformFunctions.Call("no_such_function", []).IsKnown);
    }

    [Fact]
    public void Result_is_sensitive_when_an_argument_is_and_keeps_argument_origins()
    {
        var origin = new ValueOrigin(ConfigLint.Text.Location.FileStart("variables.tf"), "default of var.password");
        var password = S("hunter22").WithSensitive(true).WithOrigin(origin);
        var result = TerraformFunctions.Call("upper", [password]);
        Assert.True(result.IsSensitive);
        Assert.Equal([origin], result.Origins.ToArray());
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.50", "1.5")]
    [InlineData("1e3", "1000")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("0.1", "0.1")]
    public void Numbers_print_as_terraform_prints_them(string literal, string expected) =>
        Assert.Equal(expected, TerraformValue.ParseNumber(literal).ToStringValue());

    [Fact]
    public void Every_registered_function_has_a_unique_name_and_sane_arity()
    {
        var all = TerraformFunctions.All.ToList();
        Assert.True(all.Count >= 110, $"only {all.Count} functions");
        Assert.All(all, f => Assert.True(f.MaxArity < 0 || f.MaxArity >= f.MinArity, f.Name));
    }
}

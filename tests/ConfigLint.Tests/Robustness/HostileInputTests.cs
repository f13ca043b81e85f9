using System.Text;
using ConfigLint.Configuration;
using ConfigLint.Rules;
using ConfigLint.Tests.Cli;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Robustness;

public sealed class HostileInputTests
{
    private static LintResult Lint(TempWorkspace workspace, int jobs = 0) => Linter.Run(new LintRequest
    {
        CurrentDirectory = workspace.Root,
        Root = workspace.Root,
        Analyzers = BuiltInAnalyzers.Create(),
        Configuration = LintConfiguration.Empty,
        MaxParallelism = jobs,
    });

    [Fact]
    public void Directory_symlink_loop_is_not_followed()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a/.env", "A=1\n");
        Directory.CreateSymbolicLink(Path.Combine(workspace.Root, "a", "loop"), Path.Combine(workspace.Root, "a"));
        Directory.CreateSymbolicLink(Path.Combine(workspace.Root, "self"), workspace.Root);
        var result = Lint(workspace);
        Assert.Equal(["a/.env"], result.ReportedPaths.ToArray());
    }

    [Fact]
    public void Utf16_file_with_byte_order_mark_is_read_with_utf16_columns()
    {
        using var workspace = new TempWorkspace();
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        workspace.WriteBytes(".env", [.. bytes.GetPreamble(), .. bytes.GetBytes("NAME=\"é\"\nNAME=😀\n")]);
        var duplicate = Assert.Single(Lint(workspace).Diagnostics, d => d.Id == "CL5001");
        Assert.Equal((2, 1), (duplicate.Location.StartLine, duplicate.Location.StartColumn));
    }

    [Fact]
    public void File_over_the_size_limit_is_reported_and_the_others_still_analyzed()
    {
        using var workspace = new TempWorkspace();
        using (var stream = File.Create(Path.Combine(workspace.Root, "big.env")))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        workspace.Write("small.env", "A=1\nA=2\n");
        var result = Lint(workspace);
        var big = Assert.Single(result.Diagnostics, d => d.Location.Path == "big.env");
        Assert.Equal("CL0004", big.Id);
        Assert.Contains("max-file-size", big.Message);
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "small.env" && d.Id == "CL5001");
    }

    public static TheoryData<string> TerraformEvaluationBombs()
    {
        var doubling = new StringBuilder("locals {\n  l0 = [\"aaaaaaaaaa\"]\n  s0 = \"xxxxxxxxxxxxxxxx\"\n");
        for (var i = 1; i < 40; i++)
        {
            doubling.Append($"  l{i} = [local.l{i - 1}, local.l{i - 1}]\n  s{i} = \"${{local.s{i - 1}}}${{local.s{i - 1}}}\"\n");
        }

        doubling.Append("}\nresource \"aws_s3_bucket\" \"a\" { bucket = jsonencode(local.l39) }\n")
            .Append("resource \"aws_s3_bucket\" \"b\" { bucket = local.s39 }\n")
            .Append("resource \"aws_s3_bucket\" \"c\" { bucket = length(flatten(local.l39)) }\n");
        return new()
        {
            "locals {\n  cube = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : \"${a}-${b}-${c}\"]]]\n}\nresource \"aws_s3_bucket\" \"x\" { bucket = length(local.cube) }\n",
            "locals {\n  big = join(\"\", [for i in range(1000) : join(\"\", [for j in range(1000) : join(\"\", [for k in range(1000) : \"xxxxxxxxxx\"])])])\n}\nresource \"aws_s3_bucket\" \"x\" { bucket = local.big }\n",
            "resource \"aws_s3_bucket\" \"x\" { bucket = format(\"%999999999d\", 1) }\nresource \"aws_s3_bucket\" \"y\" { bucket = indent(2000000000, \"a\\nb\") }\n",
            "locals {\n  p = setproduct(range(1000), range(1000), range(1000))\n}\nresource \"aws_s3_bucket\" \"x\" { bucket = length(local.p) }\n",
            "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \"%{ for a in range(1000) }%{ for b in range(1000) }%{ for c in range(1000) }xx%{ endfor }%{ endfor }%{ endfor }\"\n}\n",
            doubling.ToString(),
        };
    }

    [Theory]
    [MemberData(nameof(TerraformEvaluationBombs))]
    public void Terraform_values_too_large_to_build_are_unknown_and_the_file_is_still_analyzed(string source)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", source);
        var result = Lint(workspace);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CL0002" or "CL0004");
        Assert.Contains(result.Diagnostics, d => d.Id == "CL2031" && d.Location.Path == "main.tf");
    }

    [Fact]
    public void Line_over_the_length_limit_is_reported_at_that_line_and_the_others_still_analyzed()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", "locals {\n  a = \"" + new string('x', 2_000_000) + "\"\n}\n");
        workspace.Write("small.env", "A=1\nA=2\n");
        var result = Lint(workspace);
        var tf = Assert.Single(result.Diagnostics, d => d.Location.Path == "main.tf");
        Assert.Equal(("CL0004", 2, 1), (tf.Id, tf.Location.StartLine, tf.Location.StartColumn));
        Assert.Contains("line 2 is 2,000,008 characters long", tf.Message);
        Assert.Contains("max-line-length", tf.Message);
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "small.env" && d.Id == "CL5001");
    }

    [Fact]
    public void Line_length_limit_is_configurable()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=1\nLONG=" + new string('y', 200) + "\n");
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = LintConfiguration.Empty with { MaxLineLength = 100 },
        });
        var unreadable = Assert.Single(result.Diagnostics);
        Assert.Equal(("CL0004", 2), (unreadable.Id, unreadable.Location.StartLine));
    }

    [Fact]
    public void Yaml_stream_over_the_document_limit_is_read_up_to_the_limit_with_a_diagnostic()
    {
        using var workspace = new TempWorkspace();
        var builder = new StringBuilder();
        for (var i = 0; i < 10_050; i++)
        {
            builder.Append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c").Append(i).Append("\ndata: {}\n");
        }

        workspace.Write("k8s/all.yaml", builder.ToString());
        var result = Lint(workspace);
        var limit = Assert.Single(result.Diagnostics, d => d.Id == "CL0001");
        Assert.Equal(10_000 * 6 + 1, limit.Location.StartLine);
        Assert.Contains("more than 10,000 YAML documents", limit.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41 })]
    [InlineData(new byte[] { 0x41, 0x3D, 0xC3, 0x28, 0x0A })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x0D, 0x0D, 0x0A, 0x3D, 0x3D })]
    public void Malformed_bytes_give_a_diagnostic_or_findings_never_a_crash(byte[] content)
    {
        using var workspace = new TempWorkspace();
        workspace.WriteBytes(".env", content);
        workspace.Write("ok/.env", "A=1\nA=2\n");
        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "lint", "--format", "sarif");
        Assert.NotEqual(3, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("ok/.env", output);
    }

    [Fact]
    public void Every_input_file_appears_in_the_output_with_findings_or_a_reason()
    {
        using var workspace = HostileWorkspace.Create();
        var result = Lint(workspace);
        var withDiagnostics = result.Diagnostics.Select(d => d.Location.Path).ToHashSet();
        string[] clean = ["empty/.env", "app/.env.example"];
        Assert.Equal(8, result.ReportedPaths.Length);
        foreach (var path in result.ReportedPaths.Except(clean))
        {
            Assert.Contains(path, withDiagnostics);
        }
    }

    [Fact]
    public void Ten_thousand_lines_of_one_key_do_not_blow_up()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", string.Concat(Enumerable.Repeat("KEY=value\n", 10_000)));
        var result = Lint(workspace);
        Assert.Equal(9_999, result.Diagnostics.Count(d => d.Id == "CL5001"));
    }

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "main.tf", "locals {\n  x = " + new string('[', 100_000) + new string(']', 100_000) + "\n}\n" },
        { "main.tf", "locals {\n  x = " + string.Concat(Enumerable.Repeat("-(", 50_000)) + "1" + new string(')', 50_000) + "\n}\n" },
        { "deep.tf", string.Concat(Enumerable.Repeat("a {\n", 100_000)) },
        { "main.tf.json", new string('[', 100_000) + new string(']', 100_000) },
        { "deploy.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "docker-compose.yml", "services:\n  app:\n    image: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + "\n" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Hundred_thousand_deep_nesting_is_a_diagnostic_not_a_crash(string name, string content)
    {
        using var workspace = new TempWorkspace();
        workspace.Write(name, content);
        workspace.Write("ok/.env", "A=1\nA=2\n");
        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "lint", "--format", "msbuild");
        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"{name}(", output);
        Assert.Contains("ok/.env(2,1): warning CL5001", output);
    }

    [Fact]
    public void File_that_disappears_between_discovery_and_reading_is_reported()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a/.env", "A=1\n");
        var file = new ConfigLint.Workspaces.WorkspaceFile(Path.Combine(workspace.Root, "gone.env"), "gone.env", ConfigLint.Syntax.ConfigFormat.Dotenv, IsRequested: true);
        var tree = ConfigLint.Workspaces.SourceFileReader.Read(file, 1 << 20);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("CL0004", diagnostic.Id);
        Assert.Contains("could not be read", diagnostic.Message);
    }
}

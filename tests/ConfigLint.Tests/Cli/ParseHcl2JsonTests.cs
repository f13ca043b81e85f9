using System.Text.Json;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Cli;

public sealed class ParseHcl2JsonTests
{
    [Fact]
    public void One_file_prints_its_hcl2json_document()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs-${var.env}\"\n  count  = 2\n}\n");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "parse", "--format", "hcl2json", "main.tf");
        Assert.Equal(0, exitCode);
        Assert.Equal("""{"resource":{"aws_s3_bucket":{"logs":[{"bucket":"logs-${var.env}","count":2}]}}}""", output.Trim());
    }

    [Fact]
    public void Several_files_print_one_json_object_per_line_with_null_result_for_broken_files()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.tf", "a = 1\n");
        workspace.Write("b.tfvars", "b = 1 c\n");
        workspace.Write("c.tf.json", "{\"locals\": {\"x\": 1.50}}");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "parse", "--format", "hcl2json", "a.tf", "b.tfvars", "c.tf.json");
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.tf", "b.tfvars", "c.tf.json"], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal(1, lines[0].GetProperty("result").GetProperty("a").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("result").ValueKind);
        var diagnostic = lines[1].GetProperty("diagnostics")[0];
        Assert.Equal("CL0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(7, diagnostic.GetProperty("column").GetInt32());
        Assert.StartsWith("Missing newline after argument", diagnostic.GetProperty("message").GetString());
        Assert.Equal("1.50", lines[2].GetProperty("result").GetProperty("locals").GetProperty("x").GetRawText());
    }

    [Fact]
    public void Lint_reports_terraform_syntax_errors_as_CL0001_at_their_line()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\" y\n}\n");
        workspace.Write("x.tf.json", "{\"a\": [1,}\n");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "lint", ".");
        Assert.Equal(1, exitCode);
        Assert.Contains("main.tf:2:16: error[CL0001] Missing newline after argument", output);
        Assert.Contains("x.tf.json:1:10: error[CL0001] Invalid JSON", output);
    }

    [Fact]
    public void Tree_format_dumps_hcl_nodes_and_errors()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", "a = [1,\n");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "parse", "main.tf");
        Assert.Equal(0, exitCode);
        Assert.Contains("Attribute 1:1", output);
        Assert.Contains("CL0001 Missing expression", output);
    }
}

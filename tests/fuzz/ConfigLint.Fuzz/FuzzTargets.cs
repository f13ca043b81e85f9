using ConfigLint.Configuration;
using ConfigLint.Rules;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Fuzz;

/// <summary>
/// What each harness checks on one input. A violated invariant throws, which AFL++ records as a crash: parsing must
/// not throw, must give back the input (lossless formats), and must keep every diagnostic inside the file.
/// </summary>
public static class FuzzTargets
{
    public static IReadOnlyList<string> Names { get; } = ["dotenv", "terraform", "yaml", "pipeline"];

    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "dotenv": Parse(input, ".env", ConfigFormat.Dotenv); break;
            case "terraform": Parse(input, "main.tf", ConfigFormat.Terraform); break;
            case "yaml": Parse(input, "deploy.yaml", ConfigFormat.Yaml); break;
            case "pipeline": Pipeline(input); break;
            default: throw new ArgumentException($"unknown target '{target}'; expected {string.Join(", ", Names)}");
        }
    }

    private static void Parse(byte[] input, string path, ConfigFormat format)
    {
        var text = SourceText.From(input);
        var tree = SyntaxParser.Parse(path, text, format);
        foreach (var diagnostic in tree.Diagnostics)
        {
            if (diagnostic.Location.Span.End > text.Length || diagnostic.Location.Span.Start < 0)
            {
                throw new InvalidOperationException($"diagnostic {diagnostic.Id} at {diagnostic.Location.Span} is outside the {text.Length}-character file");
            }
        }

        tree.WriteTree(TextWriter.Null);
    }

    // The whole pipeline on one file of each format, the way the CLI runs it.
    private static void Pipeline(byte[] input)
    {
        var root = Path.Combine(Path.GetTempPath(), "configlint-fuzz-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        foreach (var name in new[] { ".env", "main.tf", "docker-compose.yml", "deploy.yaml" })
        {
            File.WriteAllBytes(Path.Combine(root, name), input);
        }

        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = root,
            Root = root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = LintConfiguration.Empty,
            MaxParallelism = 1,
        });
        foreach (var formatter in Reporting.ReportFormatters.Names)
        {
            Reporting.ReportFormatters.TryGet(formatter, out var writer);
            writer!.Write(result, TextWriter.Null, Reporting.ReportOptions.Default);
        }
    }
}

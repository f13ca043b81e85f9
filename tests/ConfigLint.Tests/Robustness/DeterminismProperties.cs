using CsCheck;
using ConfigLint.Configuration;
using ConfigLint.Reporting.Json;
using ConfigLint.Rules;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Robustness;

public sealed class DeterminismProperties
{
    private static readonly string[] Names = [".env", ".env.production", ".env.example", "svc/.env", "svc/.env.local", "db.env"];

    private static string Report(TempWorkspace workspace, int jobs)
    {
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = LintConfiguration.Empty,
            MaxParallelism = jobs,
        });
        var writer = new StringWriter();
        new JsonReportFormatter().Write(result, writer, ConfigLint.Reporting.ReportOptions.Default);
        return writer.ToString();
    }

    [Fact]
    public void Lint_output_is_the_same_with_one_job_and_many()
    {
        var line = Gen.OneOf(
            Gen.Const("PORT=3000"), Gen.Const("PORT = 3001"), Gen.Const("lower=1"), Gen.Const("URL=${HOST}:1"),
            Gen.Const("HOST=db"), Gen.Const("Q=\"open"), Gen.Const("# configlint-disable-next-line CL5001"),
            Gen.Const("BAD LINE"), Gen.Const("TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"), Gen.String[Gen.Char["A=# \"'$"], 0, 12]);
        var file = line.Array[0, 12].Select(lines => string.Join('\n', lines));
        Gen.Select(file, file, file, file).Sample((a, b, c, d) =>
        {
            using var workspace = new TempWorkspace();
            string[] contents = [a, b, c, d];
            for (var i = 0; i < contents.Length; i++)
            {
                workspace.Write(Names[i], contents[i]);
            }

            Assert.Equal(Report(workspace, 1), Report(workspace, 4));
        }, iter: 60, threads: 1);
    }
}

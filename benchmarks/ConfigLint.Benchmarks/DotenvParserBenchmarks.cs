using System.Text;
using BenchmarkDotNet.Attributes;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Benchmarks;

/// <summary>Dotenv parsing throughput and allocation on a generated file of realistic lines.</summary>
[MemoryDiagnoser]
public class DotenvParserBenchmarks
{
    private SourceText _text = SourceText.From(string.Empty);

    [Params(1_000, 100_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        var random = new Random(42);
        for (var i = 0; i < Lines; i++)
        {
            switch (i % 6)
            {
                case 0: builder.Append("# section ").Append(i).Append('\n'); break;
                case 1: builder.Append("PORT_").Append(i).Append('=').Append(random.Next(1000, 9999)).Append('\n'); break;
                case 2: builder.Append("export DATABASE_URL_").Append(i).Append("=postgres://app:${DB_PASSWORD}@db:5432/app\n"); break;
                case 3: builder.Append("GREETING_").Append(i).Append("=\"hello world \\n again\"\n"); break;
                case 4: builder.Append("SINGLE_").Append(i).Append("='literal $NOT_EXPANDED'\n"); break;
                default: builder.Append("FLAG_").Append(i).Append("=true # trailing comment\n"); break;
            }
        }

        _text = SourceText.From(builder.ToString());
    }

    [Benchmark]
    public int Parse() => DotenvParser.Parse(".env", _text).Lines.Length;
}

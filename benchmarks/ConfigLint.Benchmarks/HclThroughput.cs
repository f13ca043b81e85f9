using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Benchmarks;

/// <summary>
/// A plain timing loop for <c>benchmarks/compare/hcl.sh</c>: parses the given files again and again for a while
/// and prints MB/s for parsing alone and for parsing plus the hcl2json conversion, so the numbers line up with the
/// other tools measured on the same files.
/// </summary>
public static class HclThroughput
{
    public static int Run(IReadOnlyList<string> args)
    {
        var seconds = 5.0;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--seconds")
            {
                seconds = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                files.Add(args[i]);
            }
        }

        var texts = files.Select(f => SourceText.From(File.ReadAllBytes(f))).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Pass(texts, convert: false);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Pass(texts, convert: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"configlint parse allocates {allocated / (double)bytes:F2} bytes per input byte");
        Console.WriteLine($"configlint parse:          {Measure(texts, bytes, seconds, convert: false)}");
        Console.WriteLine($"configlint parse+hcl2json: {Measure(texts, bytes, seconds, convert: true)}");
        return 0;
    }

    /// <summary>MB/s by the wall clock and by the process's CPU time (steadier on a shared, busy machine).</summary>
    private static string Measure(List<SourceText> texts, long bytes, double seconds, bool convert)
    {
        // Warm up the JIT (tiered compilation) before timing.
        Pass(texts, convert);
        Pass(texts, convert);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var passes = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            Pass(texts, convert);
            passes++;
        }

        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var megabytes = bytes * (double)passes / 1e6;
        return FormattableString.Invariant($"{megabytes / wall:F1} MB/s wall, {megabytes / cpu:F1} MB/s cpu");
    }

    private static void Pass(List<SourceText> texts, bool convert)
    {
        foreach (var text in texts)
        {
            var tree = HclParser.Parse("main.tf", text);
            if (convert)
            {
                using var writer = new Utf8JsonWriter(Stream.Null);
                Hcl2Json.TryWrite(tree, writer, out _);
            }
        }
    }

    /// <summary>Writes the benchmark inputs (small, medium, large) into a directory.</summary>
    public static int WriteInputs(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, size) in new[] { ("small", 2 * 1024), ("medium", 100 * 1024), ("large", 5 * 1024 * 1024) })
        {
            File.WriteAllText(Path.Combine(directory, $"{name}.tf"), HclInput.Create(size), new UTF8Encoding(false));
        }

        return 0;
    }
}

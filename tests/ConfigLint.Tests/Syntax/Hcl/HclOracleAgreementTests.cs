using ConfigLint.Syntax.Hcl;
using ConfigLint.Tests.Support;
using ConfigLint.Text;
using Xunit.Abstractions;

namespace ConfigLint.Tests.Syntax.Hcl;

/// <summary>Agreement with HashiCorp's parser on the hand-made corpus and on generated and mutated files.</summary>
public sealed class HclOracleAgreementTests(ITestOutputHelper output)
{
    private const int GeneratedFiles = 2000;
    private const int MutatedFiles = 3000;

    private static string CorpusDirectory => Path.Combine(Oracles.RepositoryRoot, "tests", "corpus", "hcl");

    [Fact]
    public void Corpus_has_at_least_300_files_and_HashiCorp_agrees_with_its_folders()
    {
        var files = CorpusFiles();
        Assert.True(files.Count >= 300, $"only {files.Count} corpus files");
        var verdicts = HclOracle.Compare(files);
        output.WriteLine(HclOracle.Summarize("corpus", verdicts));
        var misplaced = verdicts.Where(v => v.OracleAccepts != v.File.Contains($"{Path.DirectorySeparatorChar}valid{Path.DirectorySeparatorChar}")).ToList();
        Assert.True(misplaced.Count == 0, "HashiCorp disagrees with the folder of: " + string.Join(", ", misplaced.Select(v => Path.GetFileName(v.File))));
        AssertAllAgree(verdicts);
    }

    [Fact]
    public void Generated_well_formed_files_agree_with_HashiCorp_completely()
    {
        var verdicts = CompareGenerated("generated", GeneratedFiles, g => g.WellFormed(), seed: 1);
        output.WriteLine(HclOracle.Summarize("generated", verdicts));
        Assert.True(verdicts.Count(v => v.OracleAccepts) >= GeneratedFiles * 9 / 10, "the generator should write mostly valid HCL");
        AssertAllAgree(verdicts);
    }

    [Fact]
    public void Mutated_files_agree_with_HashiCorp_on_accept_or_reject_at_least_99_percent()
    {
        var verdicts = CompareGenerated("mutated", MutatedFiles, g => g.Mutated(), seed: 2);
        output.WriteLine(HclOracle.Summarize("mutated", verdicts));
        foreach (var verdict in verdicts.Where(v => !v.Agrees).Take(20))
        {
            output.WriteLine($"{Path.GetFileName(verdict.File)}: line {verdict.OracleLine} vs {verdict.OurLine}: {verdict.Detail}");
        }

        var acceptance = (double)verdicts.Count(v => v.SameAcceptance) / verdicts.Count;
        Assert.True(acceptance >= 0.99, $"accept/reject agreement {acceptance:P2}");
        Assert.All(verdicts.Where(v => v.OracleAccepts && v.WeAccept), v => Assert.True(v.SameDocument, v.Detail));
    }

    [Fact]
    public void Every_corpus_generated_and_mutated_file_round_trips_byte_for_byte()
    {
        var texts = CorpusFiles().Select(f => File.ReadAllText(f)).ToList();
        var generator = new HclGenerator(3);
        for (var i = 0; i < 2000; i++)
        {
            texts.Add(i % 2 == 0 ? generator.WellFormed() : generator.Mutated());
        }

        foreach (var text in texts)
        {
            var tree = HclParser.Parse("f.tf", SourceText.From(text));
            Assert.Equal(text, tree.ToFullString());
            Assert.Equal(text, tree.Root.ToFullString());
        }
    }

    private static List<string> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".tf", StringComparison.Ordinal) || f.EndsWith(".tfvars", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<HclOracle.Verdict> CompareGenerated(string name, int count, Func<HclGenerator, string> make, int seed)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"configlint-hcl-{name}-{Environment.ProcessId}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        try
        {
            var generator = new HclGenerator(seed);
            for (var i = 0; i < count; i++)
            {
                File.WriteAllText(Path.Combine(directory, $"{name}-{i:D5}.tf"), make(generator));
            }

            return HclOracle.Compare(Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToList());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void AssertAllAgree(List<HclOracle.Verdict> verdicts)
    {
        var disagreements = verdicts.Where(v => !v.Agrees).ToList();
        foreach (var verdict in disagreements.Take(20))
        {
            output.WriteLine($"{verdict.File}: accepts {verdict.OracleAccepts}/{verdict.WeAccept}, line {verdict.OracleLine}/{verdict.OurLine}\n{verdict.Detail}");
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {verdicts.Count} files disagree; first: {disagreements.FirstOrDefault()?.File}");
    }
}

using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;
using dotenv.net;

namespace ConfigLint.Tests.Syntax.Dotenv;

/// <summary>
/// Holds our dotenv reading to dotenv.net (the reference .NET loader) on the constructs where the two
/// dialects agree. Where they differ (inline comments, escapes, <c>export</c>), the dialect doc says so.
/// </summary>
public sealed class DotenvNetAgreementTests
{
    public static TheoryData<string> AgreeingFiles() =>
    [
        "PORT=3000\nHOST=localhost\n",
        "# comment\n\nKEY=value\n",
        "URL=https://example.test/path?x=1&y=2\n",
        "A=1\nA=2\n",
        "QUOTED=\"hello world\"\n",
        "SINGLE='it is # literal'\n",
        "ESCAPED=\"say \\\"hi\\\"\"\n",
        "MULTI=\"first\nsecond\nthird\"\nAFTER=1\n",
        "EMPTY=\n",
        "EQUALS=a=b=c\n",
        "UNICODE=héllo wörld ✓\n",
        "SPACES_IN_QUOTES=\"  padded  \"\n",
        "CRLF=1\r\nNEXT=2\r\n",
    ];

    [Theory]
    [MemberData(nameof(AgreeingFiles))]
    public void Values_equal_what_dotenv_net_loads(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"configlint-{Guid.NewGuid():N}.env");
        File.WriteAllText(path, content);
        try
        {
            var reference = DotEnv.Fluent().WithEnvFiles(path).WithoutExceptions().Read();
            var ours = new Dictionary<string, string>();
            foreach (var entry in DotenvParser.Parse(".env", SourceText.From(content)).Entries)
            {
                ours[entry.Key!] = entry.Value ?? string.Empty;
            }

            Assert.Equal(reference.OrderBy(p => p.Key), ours.OrderBy(p => p.Key));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

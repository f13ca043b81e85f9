using ConfigLint.Syntax.Dockerfile;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Dockerfile;

public sealed class DockerfileParserTests
{
    [Fact]
    public void Instructions_follow_line_continuations_and_skip_comments()
    {
        var tree = DockerfileParser.Parse("Dockerfile", SourceText.From("# base\nFROM python:3.11-slim AS build\nRUN pip install \\\n    flask\nexpose 8080 9090/udp\n"));
        Assert.Equal(["FROM", "RUN", "EXPOSE"], tree.Instructions.Select(i => i.Keyword));
        Assert.Equal("pip install flask", tree.Instructions[1].Arguments);
        Assert.Equal(["base"], tree.Comments.Select(c => c.Text));
        Assert.Equal([(8080, "Dockerfile:5:8"), (9090, "Dockerfile:5:13")], tree.ExposedPorts().Select(p => (p.Port, p.Location.ToString())));
    }

    [Fact]
    public void Garbage_does_not_throw()
    {
        var tree = DockerfileParser.Parse("Dockerfile", SourceText.From("\\\n\\\n   \n\u0001\u0002 \\"));
        Assert.NotEmpty(tree.Instructions);
    }
}

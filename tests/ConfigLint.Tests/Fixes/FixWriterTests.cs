using System.Text;
using ConfigLint.Diagnostics;
using ConfigLint.Fixes;
using ConfigLint.Tests.Support;
using ConfigLint.Text;

namespace ConfigLint.Tests.Fixes;

public sealed class FixWriterTests
{
    [Fact]
    public void Edits_apply_from_any_order()
    {
        var result = FixWriter.ApplyEdits("abcdef", [new TextEdit("f", new TextSpan(4, 1), "E"), TextEdit.Insert("f", 0, ">"), TextEdit.Delete("f", new TextSpan(1, 2))]);
        Assert.Equal(">adEf", result);
    }

    [Fact]
    public void Planner_skips_overlapping_fixes_for_the_next_pass()
    {
        Diagnostic Make(int start, int length) => Diagnostic.Create(EngineDiagnostics.SyntaxError, Location.None, "x")
            .WithFix(CodeFix.Create("f", new TextEdit("a", new TextSpan(start, length), "y")));
        var plan = FixPlanner.Plan([Make(0, 3), Make(2, 2), Make(5, 1)], FixMode.Safe);
        Assert.Equal([0, 5], plan.Select(p => p.Fix.Edits[0].Span.Start));
    }

    [Fact]
    public void Unsafe_fixes_need_unsafe_mode()
    {
        var diagnostic = Diagnostic.Create(EngineDiagnostics.SyntaxError, Location.None, "x")
            .WithFix(CodeFix.Create("f", new TextEdit("a", new TextSpan(0, 1), "y"), FixSafety.Unsafe));
        Assert.Empty(FixPlanner.Plan([diagnostic], FixMode.Safe));
        Assert.Single(FixPlanner.Plan([diagnostic], FixMode.Unsafe));
    }

    [Fact]
    public void Writes_keep_the_byte_order_mark_and_leave_no_temporary_files()
    {
        using var workspace = new TempWorkspace();
        var path = Path.Combine(workspace.Root, ".env");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. "A=1\n"u8.ToArray()]);
        var text = SourceText.From(File.ReadAllBytes(path));
        var (written, refused) = FixWriter.Write(workspace.Root, new Dictionary<string, SourceText> { [".env"] = text }, [new TextEdit(".env", new TextSpan(2, 1), "2")]);
        Assert.Equal([".env"], written);
        Assert.Empty(refused);
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. "A=2\n"u8.ToArray()], File.ReadAllBytes(path));
        Assert.Equal([".env"], Directory.GetFiles(workspace.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Never_writes_outside_the_root_or_through_a_link()
    {
        using var outside = new TempWorkspace();
        using var workspace = new TempWorkspace();
        var target = outside.Write("target.env", "A=1\n");
        File.CreateSymbolicLink(Path.Combine(workspace.Root, "link.env"), target);
        var text = SourceText.From("A=1\n");
        var texts = new Dictionary<string, SourceText> { ["link.env"] = text, ["../escape.env"] = text };
        var (written, refused) = FixWriter.Write(workspace.Root, texts,
            [new TextEdit("link.env", new TextSpan(2, 1), "9"), new TextEdit("../escape.env", new TextSpan(2, 1), "9")]);
        Assert.Empty(written);
        Assert.Equal(2, refused.Count);
        Assert.Equal("A=1\n", File.ReadAllText(target));
        Assert.False(File.Exists(Path.Combine(workspace.Root, "..", "escape.env")));
    }
}

using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>What one file's parse accumulates across restarts: documents, comments, diagnostics and the alias budget.</summary>
internal sealed class YamlParseState(string path, SourceText text)
{
    public string Path { get; } = path;

    public SourceText Text { get; } = text;

    public ImmutableArray<YamlDocument>.Builder Documents { get; } = ImmutableArray.CreateBuilder<YamlDocument>();

    public List<SyntaxComment> Comments { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Nodes added so far by aliases; bounded by <see cref="YamlLimits.MaxAliasExpansion"/>.</summary>
    public long AliasExpansion { get; set; }

    public bool AliasLimitReported { get; set; }

    public bool DepthLimitReported { get; set; }

    /// <summary>Documents started so far, the broken one included, so indexes stay file positions.</summary>
    public int DocumentOrdinal { get; set; }

    public void Report(TextSpan span, string message) =>
        Diagnostics.Add(Diagnostic.Create(EngineDiagnostics.SyntaxError, Location.Create(Path, Text, span), message));
}

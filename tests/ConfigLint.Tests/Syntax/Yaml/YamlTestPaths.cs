using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;

namespace ConfigLint.Tests.Syntax.Yaml;

/// <summary>Finds nodes by a dotted path (<c>services.app.ports[0]</c>, <c>a.&lt;key&gt;</c> for the key node) and renders spans 1-based.</summary>
internal static class YamlTestPaths
{
    public static YamlNode Find(YamlSyntaxTree tree, string path, int document = 0)
    {
        YamlNode node = tree.Documents[document].Root!;
        foreach (var raw in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw;
            var index = -1;
            var bracket = part.IndexOf('[');
            if (bracket >= 0)
            {
                index = int.Parse(part[(bracket + 1)..^1]);
                part = part[..bracket];
            }

            if (part.Length > 0)
            {
                var mapping = (YamlMapping)node.Resolve()!;
                if (part.StartsWith('<') && part.EndsWith('>'))
                {
                    node = mapping.GetEntry(part[1..^1])!.Key;
                    continue;
                }

                node = mapping.GetEntry(part)?.Value ?? throw new KeyNotFoundException(part);
            }

            if (index >= 0)
            {
                node = ((YamlSequence)node.Resolve()!).Items[index];
            }
        }

        return node;
    }

    /// <summary><c>line:col-line:col</c>, 1-based, end exclusive.</summary>
    public static string Range(SourceText text, TextSpan span)
    {
        var range = text.GetLinePositionSpan(span);
        return $"{range.Start}-{range.End}";
    }
}

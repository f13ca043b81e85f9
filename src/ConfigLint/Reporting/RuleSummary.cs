using System.Text;
using ConfigLint.Diagnostics;

namespace ConfigLint.Reporting;

/// <summary>Short forms of a rule's Markdown documentation for places that want one paragraph or plain text.</summary>
internal static class RuleSummary
{
    /// <summary>The first paragraph under "What it does", or the title when the page has none.</summary>
    public static string FullDescription(DiagnosticDescriptor descriptor)
    {
        var lines = descriptor.Description.ReplaceLineEndings("\n").Split('\n');
        var paragraph = new StringBuilder();
        var inSection = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inSection && paragraph.Length > 0)
                {
                    break;
                }

                inSection = line.Equals("## What it does", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (!inSection)
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (paragraph.Length > 0)
                {
                    break;
                }

                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
        }

        return paragraph.Length > 0 ? paragraph.ToString() : descriptor.Title;
    }

    /// <summary>The documentation without Markdown headings' hashes, for viewers that cannot render Markdown.</summary>
    public static string PlainText(DiagnosticDescriptor descriptor)
    {
        var builder = new StringBuilder();
        foreach (var raw in descriptor.Description.Trim().ReplaceLineEndings("\n").Split('\n'))
        {
            builder.Append(raw.StartsWith("## ", StringComparison.Ordinal) ? raw[3..] + ":" : raw).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }
}

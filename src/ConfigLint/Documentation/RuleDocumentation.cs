using System.Text;
using ConfigLint.Diagnostics;

namespace ConfigLint.Documentation;

/// <summary>Renders a rule's page (<c>rules/docs/&lt;ID&gt;.md</c> and <c>configlint rules ID</c>) from its descriptor.</summary>
public static class RuleDocumentation
{
    /// <summary>The Markdown page of a rule.</summary>
    public static string Render(DiagnosticDescriptor descriptor)
    {
        var builder = new StringBuilder();
        builder.Append($"# {descriptor.Id}: {descriptor.Title}\n\n");
        builder.Append("| | |\n|---|---|\n");
        builder.Append($"| Id | `{descriptor.Id}` |\n");
        builder.Append($"| Name | `{descriptor.Name}` |\n");
        builder.Append($"| Category | {descriptor.Category} |\n");
        builder.Append($"| Default severity | {descriptor.DefaultSeverity.ToName()}{(descriptor.IsEnabledByDefault ? string.Empty : " (off by default)")} |\n");
        if (descriptor.SecuritySeverity is { } score)
        {
            builder.Append($"| Security severity | {score:0.0} |\n");
        }

        if (!descriptor.Tags.IsEmpty)
        {
            builder.Append($"| Tags | {string.Join(", ", descriptor.Tags)} |\n");
        }

        builder.Append('\n');
        builder.Append(descriptor.Description.Trim().ReplaceLineEndings("\n"));
        builder.Append("\n\n## Configuration\n\n");
        builder.Append("Change the severity or turn the rule off in `.configlint.yaml`:\n\n");
        builder.Append("```yaml\nrules:\n");
        builder.Append($"  {descriptor.Id}: {(descriptor.IsEnabledByDefault ? "off" : descriptor.DefaultSeverity.ToName())}   # or: {descriptor.Name}: error | warning | note | off\n");
        builder.Append("```\n\n");
        builder.Append("Suppress one finding with a comment on the line above it:\n\n");
        builder.Append($"```\n# configlint-disable-next-line {descriptor.Id} -- reason\n```\n");
        return builder.ToString();
    }

    /// <summary>The catalog table (<c>rules/README.md</c>): one row per rule, linking its page.</summary>
    public static string RenderCatalog(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var builder = new StringBuilder();
        builder.Append("# ConfigLint rules\n\n");
        builder.Append("Generated from the rule descriptors; `configlint rules` prints the same list.\n\n");
        builder.Append("| Id | Name | Category | Default | Title |\n|---|---|---|---|---|\n");
        foreach (var d in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var severity = d.IsEnabledByDefault ? d.DefaultSeverity.ToName() : "off";
            builder.Append($"| [{d.Id}](docs/{d.Id}.md) | `{d.Name}` | {d.Category} | {severity} | {d.Title} |\n");
        }

        return builder.ToString();
    }
}

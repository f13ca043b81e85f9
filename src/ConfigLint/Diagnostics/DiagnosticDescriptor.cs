using System.Collections.Immutable;
using System.Globalization;

namespace ConfigLint.Diagnostics;

/// <summary>
/// What a rule reports, independent of any finding: a stable id that never changes meaning, a kebab-case
/// name, a title, a message format with <c>{0}</c>-style arguments, a category, a default severity and
/// its documentation (Markdown, in Ruff's sections).
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    public DiagnosticDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        string? helpUri = null,
        IEnumerable<string>? tags = null,
        double? securitySeverity = null,
        bool isEnabledByDefault = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        HelpUri = helpUri ?? $"{DefaultHelpBase}{id}.md";
        Tags = tags is null ? [] : [.. tags];
        SecuritySeverity = securitySeverity;
        IsEnabledByDefault = isEnabledByDefault && defaultSeverity != DiagnosticSeverity.None;
    }

    /// <summary>Where built-in rule pages live; a rule may point elsewhere with <c>helpUri</c>.</summary>
    public const string DefaultHelpBase = "https://github.com/configlint/configlint/blob/main/rules/docs/";

    /// <summary>Stable id such as <c>CL5001</c>.</summary>
    public string Id { get; }

    /// <summary>Kebab-case name such as <c>dotenv-duplicate-key</c>; usable wherever an id is.</summary>
    public string Name { get; }

    /// <summary>One-line title.</summary>
    public string Title { get; }

    /// <summary>Composite format string for the message; arguments come from the finding.</summary>
    public string MessageFormat { get; }

    /// <summary>One of <see cref="Categories"/>.</summary>
    public string Category { get; }

    /// <summary>Severity when enabled, unless configuration says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>False for opt-in rules, which run only when configuration names them.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Markdown documentation: what it does, why it is bad, examples, fix safety.</summary>
    public string Description { get; }

    /// <summary>Link to the rule's page.</summary>
    public string HelpUri { get; }

    /// <summary>Free-form tags (<c>security</c>, <c>terraform</c>, …).</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>GitHub code scanning's 0.0–10.0 score for security rules; null for others.</summary>
    public double? SecuritySeverity { get; }

    /// <summary>Formats the message with invariant culture.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name})";
}

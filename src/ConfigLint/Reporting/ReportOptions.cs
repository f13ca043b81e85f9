namespace ConfigLint.Reporting;

/// <summary>How a formatter should write: tool identity, colour, and SARIF run identity.</summary>
public sealed record ReportOptions
{
    /// <summary>Defaults: no colour, the library's version.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The tool name shown in outputs.</summary>
    public string ToolName { get; init; } = "ConfigLint";

    /// <summary>The tool version (semantic version).</summary>
    public string ToolVersion { get; init; } = ToolInfo.Version;

    /// <summary>Where users learn about the tool.</summary>
    public string InformationUri { get; init; } = ToolInfo.InformationUri;

    /// <summary>Use ANSI colours (only when writing to a terminal).</summary>
    public bool Color { get; init; }

    /// <summary>SARIF <c>automationDetails.id</c>, e.g. <c>configlint/</c> or a CI category.</summary>
    public string AutomationId { get; init; } = "configlint/";
}

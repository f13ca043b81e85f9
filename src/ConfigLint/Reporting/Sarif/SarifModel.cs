using System.Text.Json.Serialization;

namespace ConfigLint.Reporting.Sarif;

// The subset of the SARIF 2.1.0 object model ConfigLint writes. Records serialize through the source-generated
// SarifJsonContext, so no reflection runs and NativeAOT stays clean. Property names follow the specification.

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    SarifAutomationDetails AutomationDetails,
    IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
    IReadOnlyList<SarifResult> Results,
    string ColumnKind);

internal sealed record SarifTool(SarifToolComponent Driver);

internal sealed record SarifToolComponent(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifReportingDescriptor> Rules);

internal sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMessage ShortDescription,
    SarifMessage FullDescription,
    string HelpUri,
    SarifMultiformatMessage Help,
    SarifReportingConfiguration DefaultConfiguration,
    SarifPropertyBag Properties);

internal sealed record SarifReportingConfiguration(string Level, bool Enabled);

internal sealed record SarifPropertyBag
{
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonPropertyName("security-severity")]
    public string? SecuritySeverity { get; init; }

    public string? Category { get; init; }

    [JsonPropertyName("problem.severity")]
    public string? ProblemSeverity { get; init; }
}

internal sealed record SarifMessage(string Text);

internal sealed record SarifMultiformatMessage(string Text, string Markdown);

internal sealed record SarifInvocation(
    bool ExecutionSuccessful,
    IReadOnlyList<SarifNotification>? ToolExecutionNotifications);

internal sealed record SarifNotification(
    SarifMessage Message,
    string Level,
    IReadOnlyList<SarifLocation> Locations,
    SarifReportingDescriptorReference Descriptor);

internal sealed record SarifReportingDescriptorReference(string Id);

internal sealed record SarifAutomationDetails(string Id);

internal sealed record SarifArtifactLocation
{
    public string? Uri { get; init; }

    public string? UriBaseId { get; init; }
}

internal sealed record SarifResult
{
    public required string RuleId { get; init; }

    public required int RuleIndex { get; init; }

    public required string Level { get; init; }

    public required SarifMessage Message { get; init; }

    public required IReadOnlyList<SarifLocation> Locations { get; init; }

    public IReadOnlyList<SarifLocation>? RelatedLocations { get; init; }

    public required IReadOnlyDictionary<string, string> PartialFingerprints { get; init; }

    public IReadOnlyList<SarifFix>? Fixes { get; init; }

    public IReadOnlyList<SarifSuppression>? Suppressions { get; init; }

    public IReadOnlyDictionary<string, string>? Properties { get; init; }
}

internal sealed record SarifLocation
{
    public int? Id { get; init; }

    public SarifPhysicalLocation? PhysicalLocation { get; init; }

    public SarifMessage? Message { get; init; }
}

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region);

internal sealed record SarifRegion
{
    public required int StartLine { get; init; }

    public required int StartColumn { get; init; }

    public required int EndLine { get; init; }

    public required int EndColumn { get; init; }

    public int? CharOffset { get; init; }

    public int? CharLength { get; init; }

    public SarifArtifactContent? Snippet { get; init; }
}

internal sealed record SarifArtifactContent(string Text);

internal sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent? InsertedContent);

internal sealed record SarifSuppression(string Kind, string Status, string? Justification, SarifLocation? Location);

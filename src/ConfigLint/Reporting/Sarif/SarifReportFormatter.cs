using System.Globalization;
using System.Text.Json;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Reporting.Sarif;

/// <summary>
/// Writes SARIF 2.1.0 for GitHub code scanning: one run, every enabled rule with its help, results with
/// workspace-relative locations under <c>%SRCROOT%</c>, related locations, fingerprints, fixes and in-source
/// suppressions; files that could not be parsed or read also appear as tool execution notifications.
/// </summary>
public sealed class SarifReportFormatter : IReportFormatter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    /// <inheritdoc />
    public string Name => "sarif";

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter writer, ReportOptions options)
    {
        var log = Build(result, options);
        writer.Write(JsonSerializer.Serialize(log, SarifJsonContext.Default.SarifLog).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    internal static SarifLog Build(LintResult result, ReportOptions options)
    {
        var rules = RulesOf(result);
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        var locatable = result.Diagnostics.Where(d => !d.Location.IsNone).ToList();
        var fingerprints = Fingerprints.Compute(locatable, result.FindFile);
        var builder = new SarifLocationBuilder(result.FindFile);
        var redactor = SecretRedactor.For(result);
        var results = new List<SarifResult>(locatable.Count);
        for (var i = 0; i < locatable.Count; i++)
        {
            results.Add(ResultOf(locatable[i], fingerprints[i], ruleIndex, builder, redactor));
        }

        var tool = new SarifTool(new SarifToolComponent(
            options.ToolName,
            options.ToolVersion,
            options.ToolVersion,
            options.InformationUri,
            [.. rules.Select(DescriptorOf)]));

        var run = new SarifRun(
            tool,
            [new SarifInvocation(true, NotificationsOf(result, builder, redactor))],
            new SarifAutomationDetails(options.AutomationId),
            new Dictionary<string, SarifArtifactLocation>(StringComparer.Ordinal)
            {
                [SourceRoot] = new() { Uri = RootUri(result.WorkspaceRoot) },
            },
            results,
            "utf16CodeUnits");

        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    private static List<DiagnosticDescriptor> RulesOf(LintResult result)
    {
        var byId = new SortedDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in result.Rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        // A finding of a rule that is not in the enabled list (an engine diagnostic, say) still needs its descriptor.
        foreach (var diagnostic in result.Diagnostics)
        {
            byId.TryAdd(diagnostic.Id, diagnostic.Descriptor);
        }

        return [.. byId.Values];
    }

    private static SarifReportingDescriptor DescriptorOf(DiagnosticDescriptor descriptor)
    {
        var tags = new List<string>(descriptor.Tags);
        if (descriptor.SecuritySeverity is not null && !tags.Contains("security"))
        {
            tags.Add("security");
        }

        return new SarifReportingDescriptor(
            descriptor.Id,
            descriptor.Name,
            new SarifMessage(descriptor.Title),
            new SarifMessage(RuleSummary.FullDescription(descriptor)),
            descriptor.HelpUri,
            new SarifMultiformatMessage(RuleSummary.PlainText(descriptor), descriptor.Description.Trim().ReplaceLineEndings("\n")),
            new SarifReportingConfiguration(LevelOf(descriptor.DefaultSeverity), descriptor.IsEnabledByDefault),
            new SarifPropertyBag
            {
                Tags = tags.Count == 0 ? null : tags,
                Category = descriptor.Category,
                SecuritySeverity = descriptor.SecuritySeverity?.ToString("0.0", CultureInfo.InvariantCulture),
                ProblemSeverity = descriptor.SecuritySeverity is null ? ProblemSeverityOf(descriptor.DefaultSeverity) : null,
            });
    }

    private static SarifResult ResultOf(
        Diagnostic diagnostic,
        string fingerprint,
        Dictionary<string, int> ruleIndex,
        SarifLocationBuilder builder,
        SecretRedactor redactor)
    {
        var related = diagnostic.RelatedLocations
            .Where(r => !r.Location.IsNone)
            .Select((r, i) => builder.Location(r.Location, i + 1, redactor.Redact(r.Message)))
            .ToList();

        return new SarifResult
        {
            RuleId = diagnostic.Id,
            RuleIndex = ruleIndex[diagnostic.Id],
            Level = LevelOf(diagnostic.Severity),
            Message = new SarifMessage(redactor.Redact(diagnostic.Message)),
            Locations = [builder.Location(diagnostic.Location, null, null)],
            RelatedLocations = related.Count == 0 ? null : related,
            PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { [Fingerprints.Version] = fingerprint },
            Fixes = FixesOf(diagnostic, builder, redactor),
            Suppressions = diagnostic.Suppression is { } suppression
                ? [new SarifSuppression(
                    suppression.Kind == SuppressionKind.InSource ? "inSource" : "external",
                    "accepted",
                    suppression.Justification is null ? null : redactor.Redact(suppression.Justification),
                    suppression.Location is { IsNone: false } at ? builder.Location(at, null, null) : null)]
                : null,
            Properties = diagnostic.Properties.IsEmpty
                ? null
                : new SortedDictionary<string, string>(diagnostic.Properties, StringComparer.Ordinal),
        };
    }

    private static List<SarifFix>? FixesOf(Diagnostic diagnostic, SarifLocationBuilder builder, SecretRedactor redactor)
    {
        if (diagnostic.Fixes.IsEmpty)
        {
            return null;
        }

        var fixes = new List<SarifFix>();
        foreach (var fix in redactor.ShowableFixes(diagnostic))
        {
            var changes = new List<SarifArtifactChange>();
            foreach (var group in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
            {
                var replacements = new List<SarifReplacement>();
                foreach (var edit in group.OrderBy(e => e.Span))
                {
                    if (builder.Region(edit.Path, edit.Span) is not { } region)
                    {
                        break;
                    }

                    replacements.Add(new SarifReplacement(
                        region with { CharOffset = edit.Span.Start, CharLength = edit.Span.Length },
                        edit.NewText.Length == 0 ? null : new SarifArtifactContent(edit.NewText)));
                }

                if (replacements.Count == group.Count())
                {
                    changes.Add(new SarifArtifactChange(builder.Artifact(group.Key), replacements));
                }
            }

            if (changes.Count > 0)
            {
                var safety = fix.Safety == FixSafety.Safe ? "safe" : "unsafe";
                fixes.Add(new SarifFix(new SarifMessage($"{redactor.Redact(fix.Title)} ({safety})"), changes));
            }
        }

        return fixes.Count == 0 ? null : fixes;
    }

    private static List<SarifNotification>? NotificationsOf(LintResult result, SarifLocationBuilder builder, SecretRedactor redactor)
    {
        var notifications = new List<SarifNotification>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var isExecutionProblem = diagnostic.Id == EngineDiagnostics.SyntaxError.Id
                || diagnostic.Id == EngineDiagnostics.UnreadableFile.Id
                || diagnostic.Id == EngineDiagnostics.AnalyzerException.Id;
            if (!isExecutionProblem)
            {
                continue;
            }

            notifications.Add(new SarifNotification(
                new SarifMessage(redactor.Redact(diagnostic.Message)),
                diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                diagnostic.Location.IsNone ? [] : [builder.Location(diagnostic.Location, null, null)],
                new SarifReportingDescriptorReference(diagnostic.Id)));
        }

        return notifications.Count == 0 ? null : notifications;
    }

    private static string LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Note => "note",
        _ => "none",
    };

    private static string ProblemSeverityOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "recommendation",
    };

    private static string RootUri(string root)
    {
        var uri = new Uri(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    internal static string EscapeUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Turns locations into SARIF ones, using the files' line maps for fix regions.</summary>
    private sealed class SarifLocationBuilder(Func<string, SyntaxTree?> findFile)
    {
        public SarifArtifactLocation Artifact(string path) => new()
        {
            Uri = EscapeUri(path),
            UriBaseId = SourceRoot,
        };

        public SarifLocation Location(Location location, int? id, string? message) => new()
        {
            Id = id,
            PhysicalLocation = new SarifPhysicalLocation(Artifact(location.Path), RegionOf(location)),
            Message = message is null ? null : new SarifMessage(message),
        };

        public SarifRegion? Region(string path, TextSpan span)
        {
            if (findFile(path) is not { } tree || span.End > tree.Text.Length)
            {
                return null;
            }

            return RegionOf(tree.GetLocation(span));
        }

        private static SarifRegion RegionOf(Location location) => new()
        {
            StartLine = location.StartLine,
            StartColumn = location.StartColumn,
            EndLine = location.EndLine,
            EndColumn = location.EndColumn,
        };
    }
}

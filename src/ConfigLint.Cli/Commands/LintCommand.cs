using System.Collections.Immutable;
using ConfigLint.Baselines;
using ConfigLint.Diagnostics;
using ConfigLint.Fixes;
using ConfigLint.Model;
using ConfigLint.Reporting;
using ConfigLint.Rules;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Cli.Commands;

/// <summary><c>configlint lint</c>: parse options, run the linter, write the report, map to an exit code.</summary>
public static class LintCommand
{
    private static readonly HashSet<string> ValueOptions =
        ["--format", "--output", "--fail-level", "--config", "--jobs", "--var-file", "--var", "--color", "--automation-id",
         "--baseline", "--write-baseline", "--provider-schema"];

    private static readonly HashSet<string> Flags = ["--fix", "--unsafe-fixes", "--all", "--help"];

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var reader = new ArgumentReader(args, ValueOptions, Flags);
        if (reader.Has("--help"))
        {
            context.Out.Write(HelpText.Lint);
            return ExitCodes.Success;
        }

        var formatName = reader.Get("--format") ?? "text";
        if (!ReportFormatters.TryGet(formatName, out var formatter))
        {
            throw new UsageException($"unknown format '{formatName}'; expected one of: {string.Join(", ", ReportFormatters.Names)}");
        }

        var failLevel = ParseFailLevel(reader.Get("--fail-level"));
        if (reader.Has("--unsafe-fixes") && !reader.Has("--fix"))
        {
            throw new UsageException("--unsafe-fixes only works together with --fix");
        }

        var request = new LintRequest
        {
            Paths = [.. reader.Positionals],
            CurrentDirectory = context.CurrentDirectory,
            ConfigurationFile = reader.Get("--config"),
            ReportAllFiles = reader.Has("--all"),
            Fix = !reader.Has("--fix") ? FixMode.None : reader.Has("--unsafe-fixes") ? FixMode.Unsafe : FixMode.Safe,
            MaxParallelism = ParseJobs(reader.Get("--jobs")),
            Analyzers = BuiltInAnalyzers.Create(),
            LoadPlugins = PluginLoading.Loader,
            ProviderSchemaFiles = [.. reader.GetAll("--provider-schema")],
            LoadProviderSchemas = ProviderCatalogs.Preload,
            Binding = new BindingSettings
            {
                TerraformVarFiles = [.. reader.GetAll("--var-file")],
                TerraformVariables = [.. reader.GetAll("--var").Select(ParseVariable)],
            },
        };

        var baseline = reader.Get("--baseline") is { } baselinePath
            ? Baseline.Load(Path.GetFullPath(Path.Combine(context.CurrentDirectory, baselinePath)))
            : null;
        var result = Linter.Run(request, cancellationToken);
        if (baseline is not null)
        {
            result = baseline.Apply(result);
        }

        if (reader.Get("--write-baseline") is { } writeBaseline)
        {
            using var stream = File.Create(Path.GetFullPath(Path.Combine(context.CurrentDirectory, writeBaseline)));
            Baseline.Write(result, stream);
            context.Error.WriteLine($"configlint: recorded {result.ActiveDiagnostics.Count()} findings in {writeBaseline}");
            return ExitCodes.Success;
        }
        var outputPath = reader.Get("--output");
        var options = ReportOptions.Default with
        {
            Color = ResolveColor(reader.Get("--color"), context.OutputIsTerminal && outputPath is null),
            AutomationId = reader.Get("--automation-id") ?? ReportOptions.Default.AutomationId,
        };

        if (outputPath is null)
        {
            formatter.Write(result, context.Out, options);
        }
        else
        {
            var full = Path.GetFullPath(Path.Combine(context.CurrentDirectory, outputPath));
            using var writer = new StreamWriter(full, append: false, new System.Text.UTF8Encoding(false));
            writer.NewLine = "\n";
            formatter.Write(result, writer, options);
        }

        return result.HasFindingsAtOrAbove(failLevel) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static DiagnosticSeverity ParseFailLevel(string? text)
    {
        if (text is null)
        {
            return DiagnosticSeverity.Warning;
        }

        if (DiagnosticSeverityNames.TryParse(text, out var level) && level != DiagnosticSeverity.None)
        {
            return level;
        }

        throw new UsageException($"invalid --fail-level '{text}'; expected error, warning or note");
    }

    private static int ParseJobs(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text, out var jobs) && jobs > 0 ? jobs : throw new UsageException($"invalid --jobs '{text}'; expected a positive number");
    }

    private static KeyValuePair<string, string> ParseVariable(string text)
    {
        var equals = text.IndexOf('=');
        return equals > 0
            ? new KeyValuePair<string, string>(text[..equals], text[(equals + 1)..])
            : throw new UsageException($"invalid --var '{text}'; expected NAME=VALUE");
    }

    private static bool ResolveColor(string? when, bool isTerminal) => when switch
    {
        null or "auto" => isTerminal,
        "always" => true,
        "never" => false,
        _ => throw new UsageException($"invalid --color '{when}'; expected auto, always or never"),
    };
}

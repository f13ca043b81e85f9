using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Execution;
using ConfigLint.Fixes;
using ConfigLint.Model;
using ConfigLint.Suppressions;
using ConfigLint.Syntax;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint;

/// <summary>
/// The whole pipeline: discover, parse (in parallel), bind and link, analyze, apply suppressions, and with
/// <see cref="LintRequest.Fix"/> write fixes and analyze again until nothing changes (at most 10 passes).
/// </summary>
public static class Linter
{
    private const int MaxFixPasses = 10;

    /// <summary>Runs a lint. Throws <see cref="ConfigurationException"/> for bad configuration or paths (exit code 2).</summary>
    public static LintResult Run(LintRequest request, CancellationToken cancellationToken = default)
    {
        var (configuration, root) = ResolveConfiguration(request);
        var workspace = WorkspaceDiscovery.Discover(request.Paths, configuration, root, request.CurrentDirectory);
        var (analyzers, brokenAnalyzers) = AnalyzerScreening.Screen(WithPlugins(request, configuration, root));
        var descriptors = CollectDescriptors(analyzers);
        var severities = BuildSeverities(configuration, descriptors);
        var options = new AnalyzerOptions(
            workspace.Root,
            configuration.Rules.Where(r => r.Options is not null)
                .Select(r => (Id: Resolve(r.Rule, descriptors)!.Id, r.Options!))
                .GroupBy(r => r.Id)
                .ToDictionary(g => g.Key, g => g.Last().Item2))
        {
            ProviderSchemaFiles = ResolveProviderSchemas(request, configuration, root),
        };
        ValidateOptions(configuration, analyzers, descriptors);

        // Configuration names var files relative to the workspace root; the command line relative to where it runs.
        var binding = request.Binding with
        {
            TerraformVarFiles =
            [
                .. configuration.TerraformVarFiles,
                .. request.Binding.TerraformVarFiles.Select(p =>
                    WorkspacePaths.ToRelative(workspace.Root, Path.GetFullPath(Path.Combine(request.CurrentDirectory, p))) ?? p),
            ],
        };

        var applied = ImmutableArray.CreateBuilder<AppliedFix>();
        var refused = new List<string>();
        for (var pass = 1; ; pass++)
        {
            var result = RunOnce(request, analyzers, brokenAnalyzers, workspace, descriptors, severities, options, binding, cancellationToken);
            if (request.Fix == FixMode.None || pass > MaxFixPasses)
            {
                return result with { AppliedFixes = applied.ToImmutable() };
            }

            var plan = FixPlanner.Plan(result.Diagnostics, request.Fix);
            var texts = result.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
            var (written, refusedNow) = FixWriter.Write(workspace.Root, texts, plan.SelectMany(p => p.Fix.Edits));
            refused.AddRange(refusedNow);
            var writtenSet = written.ToHashSet(StringComparer.Ordinal);
            var appliedNow = plan.Where(p => p.Fix.Edits.All(e => writtenSet.Contains(e.Path))).ToList();
            foreach (var (diagnostic, fix) in appliedNow)
            {
                applied.Add(new AppliedFix(diagnostic.Id, diagnostic.Location.Path, fix.Title));
            }

            if (appliedNow.Count == 0)
            {
                return result with { AppliedFixes = applied.ToImmutable() };
            }
        }
    }

    private static LintResult RunOnce(
        LintRequest request,
        IReadOnlyList<ConfigAnalyzer> analyzers,
        IReadOnlyList<Diagnostic> brokenAnalyzers,
        Workspace workspace,
        ImmutableArray<DiagnosticDescriptor> descriptors,
        RuleSeverities severities,
        AnalyzerOptions options,
        BindingSettings binding,
        CancellationToken cancellationToken)
    {
        var maxFileSize = workspace.Configuration.MaxFileSize;
        var trees = BudgetedRunner.Run(
            workspace.Files,
            Parallelism(request),
            request.TimeBudget,
            file => SourceFileReader.Read(file, maxFileSize, workspace.Configuration.MaxLineLength),
            file => SourceFileReader.TimedOut(file, request.TimeBudget),
            cancellationToken);

        var graph = Bind(workspace, trees, binding, severities, Parallelism(request), out var bindDiagnostics, cancellationToken);
        var driver = new AnalyzerDriver(analyzers, severities, options, Parallelism(request)) { CallbackBudget = request.TimeBudget };
        var analyzed = driver.Run(graph, cancellationToken);

        var all = new List<Diagnostic>(analyzed);
        all.AddRange(bindDiagnostics);
        all.AddRange(brokenAnalyzers);
        foreach (var tree in graph.Trees)
        {
            foreach (var diagnostic in tree.Diagnostics)
            {
                if (severities.Apply(diagnostic) is { } configured)
                {
                    all.Add(configured);
                }
            }
        }

        var reported = ReportedPaths(request, workspace, graph);
        var reportedSet = reported.ToHashSet(StringComparer.Ordinal);
        var kept = all.Where(d => d.Location.IsNone || reportedSet.Contains(d.Location.Path)).ToList();
        kept.Sort(DiagnosticOrder.Instance);
        var reportedTrees = graph.Trees.Where(t => reportedSet.Contains(t.Path));
        var final = SuppressionProcessor.Apply(reportedTrees, [.. kept], descriptors, severities);

        return new LintResult
        {
            WorkspaceRoot = workspace.Root,
            Files = graph.Trees,
            ReportedPaths = reported,
            Diagnostics = final,
            Rules = [.. descriptors.Where(severities.IsEnabled).OrderBy(d => d.Id, StringComparer.Ordinal)],
        };
    }

    private static ConfigGraph Bind(
        Workspace workspace,
        SyntaxTree[] trees,
        BindingSettings settings,
        RuleSeverities severities,
        int parallelism,
        out List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var builder = new ConfigGraphBuilder(trees);
        var loaded = new ConcurrentDictionary<string, SyntaxTree?>(StringComparer.Ordinal);
        var known = trees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var context = new BindingContext(workspace.Root, settings, relative =>
        {
            if (known.Contains(relative))
            {
                return null;
            }

            return loaded.GetOrAdd(relative, path => LoadExtraFile(workspace, path));
        }, cancellationToken)
        {
            Parallelism = parallelism,
        };

        diagnostics = [];
        foreach (var binder in Binders.Default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                binder.Bind(builder, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var diagnostic = Diagnostic.Create(EngineDiagnostics.AnalyzerException, Location.None, binder.GetType().Name,
                    $"{exception.GetType().Name}: {exception.Message}");
                if (severities.Apply(diagnostic) is { } configured)
                {
                    diagnostics.Add(configured);
                }
            }
        }

        return builder.Build();
    }

    private static SyntaxTree? LoadExtraFile(Workspace workspace, string relativePath)
    {
        var full = WorkspacePaths.ToFull(workspace.Root, relativePath);
        if (WorkspacePaths.ToRelative(workspace.Root, full) is null || !File.Exists(full)
            || FormatDetector.Detect(Path.GetFileName(full)) is not { } format)
        {
            return null;
        }

        return SourceFileReader.Read(new WorkspaceFile(full, relativePath, format, IsRequested: false), workspace.Configuration.MaxFileSize, workspace.Configuration.MaxLineLength);
    }

    private static ImmutableArray<string> ReportedPaths(LintRequest request, Workspace workspace, ConfigGraph graph)
    {
        if (request.ReportAllFiles)
        {
            return [.. graph.Trees.Select(t => t.Path)];
        }

        return [.. workspace.Files.Where(f => f.IsRequested).Select(f => f.RelativePath)];
    }

    private static (LintConfiguration Configuration, string Root) ResolveConfiguration(LintRequest request)
    {
        var firstPath = request.Paths.IsEmpty ? "." : request.Paths[0];
        if (request.Configuration is { } given)
        {
            return (given, request.Root ?? WorkspaceDiscovery.FindRoot(firstPath, given.FilePath, request.CurrentDirectory));
        }

        string? file;
        if (request.ConfigurationFile is { } explicitFile)
        {
            file = Path.GetFullPath(Path.Combine(request.CurrentDirectory, explicitFile));
            if (!File.Exists(file))
            {
                throw new ConfigurationException(new ConfigurationError(Location.None, $"configuration file '{explicitFile}' does not exist"));
            }
        }
        else
        {
            var start = Path.GetFullPath(Path.Combine(request.CurrentDirectory, firstPath));
            file = ConfigurationLoader.Find(Directory.Exists(start) ? start : Path.GetDirectoryName(start) ?? start);
        }

        var configuration = file is null ? LintConfiguration.Empty : ConfigurationLoader.Load(file);
        return (configuration, request.Root ?? WorkspaceDiscovery.FindRoot(firstPath, file, request.CurrentDirectory));
    }

    private static IReadOnlyList<ConfigAnalyzer> WithPlugins(LintRequest request, LintConfiguration configuration, string root)
    {
        if (configuration.Plugins.IsEmpty)
        {
            return request.Analyzers;
        }

        if (request.LoadPlugins is null)
        {
            throw new ConfigurationException(new ConfigurationError(Location.None,
                "this build of ConfigLint cannot load plugins (the NativeAOT binary carries the built-in rules only); use the dotnet tool"));
        }

        var baseDirectory = configuration.FilePath is { } file ? Path.GetDirectoryName(file)! : root;
        return [.. request.Analyzers, .. request.LoadPlugins(configuration.Plugins, baseDirectory)];
    }

    // Configuration entries are relative to the configuration file, command-line ones to the current directory;
    // a missing file is a configuration error here so that it never reaches a rule.
    private static ImmutableArray<string> ResolveProviderSchemas(LintRequest request, LintConfiguration configuration, string root)
    {
        var baseDirectory = configuration.FilePath is { } file ? Path.GetDirectoryName(file)! : root;
        var files = ImmutableArray.CreateBuilder<string>();
        var errors = new List<ConfigurationError>();
        foreach (var (path, directory) in configuration.TerraformProviderSchemas.Select(p => (p, baseDirectory))
                     .Concat(request.ProviderSchemaFiles.Select(p => (p, request.CurrentDirectory))))
        {
            var full = Path.GetFullPath(Path.Combine(directory, path));
            if (!File.Exists(full))
            {
                errors.Add(new ConfigurationError(Location.None, $"provider schema '{path}' does not exist"));
                continue;
            }

            files.Add(full);
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        var result = files.ToImmutable();
        if (!result.IsEmpty)
        {
            request.LoadProviderSchemas?.Invoke(result);
        }

        return result;
    }

    private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors(IReadOnlyList<ConfigAnalyzer> analyzers)
    {
        var byId = new SortedDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in EngineDiagnostics.All.Concat(analyzers.SelectMany(a => a.SupportedDiagnostics)))
        {
            byId.TryAdd(descriptor.Id, descriptor);
        }

        return [.. byId.Values];
    }

    private static RuleSeverities BuildSeverities(LintConfiguration configuration, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var errors = new List<ConfigurationError>();
        var overrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in configuration.Rules)
        {
            var descriptor = Resolve(setting.Rule, descriptors);
            if (descriptor is null)
            {
                errors.Add(new ConfigurationError(setting.Location, $"unknown rule '{setting.Rule}'; run 'configlint rules' to list rule ids and names"));
                continue;
            }

            if (setting.Severity is { } severity)
            {
                overrides[descriptor.Id] = severity;
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return new RuleSeverities(overrides);
    }

    // Each analyzer checks the options of its own rules, so a misspelt option key stops the run with its file and line.
    private static void ValidateOptions(LintConfiguration configuration, IReadOnlyList<ConfigAnalyzer> analyzers, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var errors = new List<ConfigurationError>();
        foreach (var setting in configuration.Rules)
        {
            if (setting.Options is not { } block || Resolve(setting.Rule, descriptors) is not { } descriptor)
            {
                continue;
            }

            foreach (var analyzer in analyzers)
            {
                if (!analyzer.SupportedDiagnostics.Contains(descriptor))
                {
                    continue;
                }

                try
                {
                    errors.AddRange(analyzer.ValidateOptions(descriptor, block));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    errors.Add(new ConfigurationError(setting.Location,
                        $"analyzer '{analyzer.Name}' failed to check the options of '{setting.Rule}': {exception.GetType().Name}: {exception.Message}"));
                }

                break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }
    }

    private static DiagnosticDescriptor? Resolve(string rule, ImmutableArray<DiagnosticDescriptor> descriptors) =>
        descriptors.FirstOrDefault(d => string.Equals(d.Id, rule, StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.Name, rule, StringComparison.OrdinalIgnoreCase));

    private static int Parallelism(LintRequest request) =>
        request.MaxParallelism > 0 ? request.MaxParallelism : Environment.ProcessorCount;
}

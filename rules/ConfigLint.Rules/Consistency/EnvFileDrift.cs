using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds keys that one env file of a group (directory variants, a Compose service's files, a configured group) defines and another lacks.</summary>
public sealed class EnvFileDrift : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL6001",
        name: "env-file-drift",
        title: "Env file variants define different keys",
        messageFormat: "'{0}' {1}",
        category: Categories.Consistency,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Compares env files that describe the same application for different environments and reports every key
            that one of them defines and another lacks, in the file that lacks it, with the file that has it as a
            related location. Files are compared when:
            - they are variants in one directory: `.env`, `.env.<name>` (`.env.production`, `.env.staging`, …) and
              `<environment>.env` (`prod.env`, `staging.env`, …);
            - one Compose service loads them at the same place of its `env_file` list in different Compose files of a
              directory (`env/dev.env` in `docker-compose.yml`, `env/prod.env` in `docker-compose.prod.yml`);
            - configuration names them as a group (see Options).

            When a group has `.env.example`, `.env.sample` or `.env.template` (or a configured template), it defines the
            expected keys: each other file must define them, and keys it does not document are reported too. Local
            overrides (`.env.local`, `*.local`) and service files (`db.env`) are not compared unless configured.

            ## Why is this bad?
            A key added to `.env` during development and forgotten in `.env.production` makes the application
            fall back to a default in production (`PORT=5000` here, `3003` there) and fail where nobody tested.

            ## Example
            `.env`
            ```dotenv
            PORT=5000
            SECRET_KEY=dev
            ```
            `.env.production`
            ```dotenv
            PORT=3003
            ```

            ## Use instead
            Define `SECRET_KEY` in `.env.production` too (with the value production needs).

            ## Fix safety
            The fix appends the missing key, with the template's value when a template defines it and an empty
            value otherwise. It is unsafe: the right value for the environment must be filled in.

            ## Options
            ```yaml
            rules:
              env-file-drift:
                options:
                  directory-variants: true   # compare the .env variants of each directory
                  compose: true              # compare the env files one Compose service loads in different Compose files
                  groups:                    # more groups: file globs, or files with a template
                    - [config/app.dev.env, config/app.prod.env]
                    - files: ["deploy/*/app.env"]
                      template: deploy/app-template.env
                  ignore-keys: [DEBUG, "LOCAL_*"]
            ```
            Globs follow `.gitignore` rules (a pattern with a `/` is anchored at the workspace root). Only files
            ConfigLint reads as env files take part (`.env`, `.env.<name>`, `*.env`). A file in a configured group is
            compared only within that group. An unknown option is a configuration error with its file and line.
            """,
        tags: ["dotenv", "consistency"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    /// <inheritdoc />
    public override IEnumerable<ConfigurationError> ValidateOptions(DiagnosticDescriptor rule, ConfigObject options)
    {
        var errors = new List<ConfigurationError>();
        EnvFileDriftOptions.Read(options, errors);
        return errors;
    }

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        var options = EnvFileDriftOptions.Read(context.Options.GetRuleOptions(Rule.Id), []);
        var reported = new HashSet<(string, string)>();
        foreach (var (group, templates) in Groups(context.Graph, options))
        {
            var keysByFile = group.ToDictionary(f => f, Keys);
            var sources = templates.Count > 0 ? templates : group;
            foreach (var file in group)
            {
                if (templates.Contains(file))
                {
                    continue;
                }

                foreach (var source in sources)
                {
                    if (source == file)
                    {
                        continue;
                    }

                    foreach (var (key, line) in keysByFile[source])
                    {
                        if (!keysByFile[file].ContainsKey(key) && !IsIgnored(options, key) && reported.Add((file.Path, key)))
                        {
                            context.ReportDiagnostic(Missing(file, source, key, line, fromTemplate: templates.Count > 0));
                        }
                    }
                }

                if (templates.Count > 0)
                {
                    foreach (var (key, line) in keysByFile[file])
                    {
                        if (!templates.Any(t => keysByFile[t].ContainsKey(key)) && !IsIgnored(options, key) && reported.Add((file.Path, key)))
                        {
                            var template = Path.GetFileName(templates[0].Path);
                            context.ReportDiagnostic(Diagnostic.Create(Rule, file.GetLocation(line.KeySpan!.Value), key,
                                    $"is not in {template}; document it there so every environment defines it")
                                .WithRelated(Location.FileStart(templates[0].Path), "the template of expected keys"));
                        }
                    }
                }
            }
        }
    }

    private static bool IsIgnored(EnvFileDriftOptions options, string key) => options.IgnoreKeys.Any(p => p.IsMatch(key, isDirectory: false));

    // Configured groups first; the files they claim are left out of the automatic ones. Each group once, by its files.
    private static List<(IReadOnlyList<DotenvSyntaxTree> Files, IReadOnlyList<DotenvSyntaxTree> Templates)> Groups(ConfigGraph graph, EnvFileDriftOptions options)
    {
        var files = graph.Trees.OfType<DotenvSyntaxTree>().OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var groups = new List<(IReadOnlyList<DotenvSyntaxTree>, IReadOnlyList<DotenvSyntaxTree>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(IReadOnlyList<DotenvSyntaxTree> group, IReadOnlyList<DotenvSyntaxTree> templates)
        {
            if (group.Count > 1 && seen.Add(string.Join('\0', group.Select(f => f.Path).Order(StringComparer.Ordinal))))
            {
                groups.Add((group, templates));
            }
        }

        var claimed = new HashSet<DotenvSyntaxTree>();
        foreach (var (patterns, template) in options.Groups)
        {
            var members = files.Where(f => f.Path == template || patterns.Any(p => p.IsMatch(f.Path, isDirectory: false))).ToList();
            claimed.UnionWith(members);
            Add(members, [.. members.Where(f => template is null ? EnvFileVariants.IsTemplate(f.Path) : f.Path == template)]);
        }

        var unclaimed = files.Where(f => !claimed.Contains(f)).ToList();
        if (options.DirectoryVariants)
        {
            foreach (var group in EnvFileVariants.Group(unclaimed))
            {
                Add(group, [.. group.Where(f => EnvFileVariants.IsTemplate(f.Path))]);
            }
        }

        if (options.Compose)
        {
            foreach (var group in ComposeGroups(graph, claimed))
            {
                Add(group, []);
            }
        }

        return groups;
    }

    // The env files one service loads at the same place of its env_file list in the Compose files of one directory.
    private static IEnumerable<IReadOnlyList<DotenvSyntaxTree>> ComposeGroups(ConfigGraph graph, HashSet<DotenvSyntaxTree> claimed)
    {
        if (graph.GetModel<ComposeModel>() is not { } model)
        {
            yield break;
        }

        foreach (var directory in model.Projects.GroupBy(p => p.Directory, StringComparer.Ordinal))
        {
            var byService = directory.SelectMany(p => p.Services).GroupBy(s => s.Name, StringComparer.Ordinal);
            foreach (var services in byService)
            {
                var lists = services.Select(s => s.EnvFiles.Select(f => f.Tree).ToList()).ToList();
                for (var i = 0; lists.Count > 1 && i < lists.Max(l => l.Count); i++)
                {
                    var group = lists.Select(l => i < l.Count ? l[i] : null).OfType<DotenvSyntaxTree>()
                        .Where(f => !claimed.Contains(f) && !f.Path.EndsWith(".local", StringComparison.OrdinalIgnoreCase))
                        .Distinct().OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
                    if (group.Count > 1)
                    {
                        yield return group;
                    }
                }
            }
        }
    }

    private static Diagnostic Missing(DotenvSyntaxTree file, DotenvSyntaxTree source, string key, DotenvLine sourceLine, bool fromTemplate)
    {
        var content = file.Text.Content;
        var needsBreak = content.Length > 0 && content[^1] is not ('\n' or '\r');
        var value = fromTemplate && sourceLine.RawValue is { } raw ? source.Text.ToString(raw) : string.Empty;
        var insertion = (needsBreak ? "\n" : string.Empty) + key + "=" + value + "\n";
        return Diagnostic.Create(Rule, file.GetLocation(new TextSpan(0, 0)), key, $"is defined in {Path.GetFileName(source.Path)} but not in this file")
            .WithRelated(source.GetLocation(sourceLine.KeySpan!.Value), $"'{key}' is defined here")
            .WithFix(CodeFix.Create($"Add '{key}=' to {Path.GetFileName(file.Path)}", TextEdit.Insert(file.Path, content.Length, insertion), FixSafety.Unsafe));
    }

    private static Dictionary<string, DotenvLine> Keys(DotenvSyntaxTree file)
    {
        var keys = new Dictionary<string, DotenvLine>(StringComparer.Ordinal);
        foreach (var line in file.Entries)
        {
            keys.TryAdd(line.Key!, line);
        }

        return keys;
    }
}

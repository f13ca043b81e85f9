using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency;

/// <summary>Finds keys that one env file variant defines and another lacks.</summary>
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
            Compares the env files of one directory that describe the same application for different
            environments (`.env`, `.env.production`, `.env.staging`, `prod.env`, …) and reports every key that
            one of them defines and another lacks, in the file that lacks it, with the file that has it as a
            related location. When `.env.example`, `.env.sample` or `.env.template` exists, it defines the
            expected keys: each variant must define them, and keys it does not document are reported too.
            Local overrides (`.env.local`, `*.local`) and service files (`db.env`) are not compared.

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
            None yet; exclude a file from the comparison with `exclude` in `.configlint.yaml`.
            """,
        tags: ["dotenv", "consistency"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        foreach (var group in EnvFileVariants.Group(context.Graph.Trees.OfType<DotenvSyntaxTree>()))
        {
            var keysByFile = group.ToDictionary(f => f, Keys);
            var templates = group.Where(f => EnvFileVariants.IsTemplate(f.Path)).ToList();
            var sources = templates.Count > 0 ? templates : group;
            foreach (var file in group)
            {
                if (templates.Contains(file))
                {
                    continue;
                }

                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var source in sources)
                {
                    if (source == file)
                    {
                        continue;
                    }

                    foreach (var (key, line) in keysByFile[source])
                    {
                        if (!keysByFile[file].ContainsKey(key) && reported.Add(key))
                        {
                            context.ReportDiagnostic(Missing(file, source, key, line, fromTemplate: templates.Count > 0));
                        }
                    }
                }

                if (templates.Count > 0)
                {
                    foreach (var (key, line) in keysByFile[file])
                    {
                        if (!templates.Any(t => keysByFile[t].ContainsKey(key)))
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

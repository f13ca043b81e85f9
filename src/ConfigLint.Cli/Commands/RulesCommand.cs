using ConfigLint.Diagnostics;
using ConfigLint.Documentation;
using ConfigLint.Rules;

namespace ConfigLint.Cli.Commands;

/// <summary><c>configlint rules</c>: the rule catalog, or one rule's documentation.</summary>
public static class RulesCommand
{
    /// <summary>Every rule the CLI knows: engine rules and the built-in analyzers' rules, by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllRules() =>
        [.. EngineDiagnostics.All
            .Concat(BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, new HashSet<string> { "--format" }, new HashSet<string> { "--help" });
        if (reader.Has("--help"))
        {
            context.Out.Write(HelpText.Rules);
            return ExitCodes.Success;
        }

        var format = reader.Get("--format") ?? "text";
        if (format is not ("text" or "markdown"))
        {
            throw new UsageException($"unknown rules format '{format}'; expected text or markdown");
        }

        var rules = AllRules();
        if (reader.Positionals.Count == 0)
        {
            if (format == "markdown")
            {
                context.Out.Write(RuleDocumentation.RenderCatalog(rules));
                return ExitCodes.Success;
            }

            var nameWidth = rules.Max(r => r.Name.Length);
            foreach (var rule in rules)
            {
                var severity = rule.IsEnabledByDefault ? rule.DefaultSeverity.ToName() : "off";
                context.Out.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {severity,-7}  {rule.Title}");
            }

            return ExitCodes.Success;
        }

        foreach (var wanted in reader.Positionals)
        {
            var rule = rules.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"unknown rule '{wanted}'; run 'configlint rules' for the list");
            context.Out.Write(RuleDocumentation.Render(rule));
        }

        return ExitCodes.Success;
    }
}

using ConfigLint.Syntax;
using ConfigLint.Workspaces;

namespace ConfigLint.Cli.Commands;

/// <summary><c>configlint parse</c>: prints syntax trees.</summary>
public static class ParseCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, new HashSet<string> { "--format" }, new HashSet<string> { "--help" });
        if (reader.Has("--help"))
        {
            context.Out.Write(HelpText.Parse);
            return ExitCodes.Success;
        }

        if (reader.Positionals.Count == 0)
        {
            throw new UsageException("parse needs at least one file");
        }

        var format = reader.Get("--format") ?? "tree";
        if (format is not ("tree" or "hcl2json"))
        {
            throw new UsageException($"unknown parse format '{format}'; expected tree or hcl2json");
        }

        var exitCode = ExitCodes.Success;
        foreach (var path in reader.Positionals)
        {
            var full = Path.GetFullPath(Path.Combine(context.CurrentDirectory, path));
            var detected = FormatDetector.Detect(Path.GetFileName(full))
                ?? throw new UsageException($"'{path}' is not a file ConfigLint reads (.tf, .tfvars, .tf.json, YAML, .env, Dockerfile)");
            if (!File.Exists(full))
            {
                throw new UsageException($"'{path}' does not exist");
            }

            var tree = SourceFileReader.Read(new WorkspaceFile(full, path.Replace('\\', '/'), detected, IsRequested: true), long.MaxValue);
            if (format == "hcl2json")
            {
                var ok = reader.Positionals.Count > 1
                    ? Hcl2JsonOutput.WriteLine(tree, context.Out)
                    : Hcl2JsonOutput.WriteDocument(tree, context.Out, context.Error);
                exitCode = ok ? exitCode : ExitCodes.Findings;
                continue;
            }

            if (reader.Positionals.Count > 1)
            {
                context.Out.WriteLine($"== {path}");
            }

            tree.WriteTree(context.Out);
            foreach (var diagnostic in tree.Diagnostics)
            {
                context.Out.WriteLine($"{diagnostic.Location}: {diagnostic.Id} {diagnostic.Message}");
            }
        }

        return exitCode;
    }
}

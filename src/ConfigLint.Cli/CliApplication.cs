using ConfigLint.Cli.Commands;
using ConfigLint.Configuration;

namespace ConfigLint.Cli;

/// <summary>Dispatches to a command and maps every outcome to an exit code; nothing escapes as a stack trace.</summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (args.Count == 0)
            {
                context.Out.Write(HelpText.Main);
                return ExitCodes.Success;
            }

            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "lint" => LintCommand.Run(rest, context, cancellationToken),
                "rules" => RulesCommand.Run(rest, context),
                "parse" => ParseCommand.Run(rest, context),
                "init" => InitCommand.Run(rest, context),
                "data" => DataCommand.Run(rest, context),
                "--version" or "version" => Version(context),
                "--help" or "-h" or "help" => Help(rest, context),
                _ when args[0].StartsWith('-') || LooksLikePath(args[0], context) => LintCommand.Run(args, context, cancellationToken),
                _ => throw new UsageException($"unknown command '{args[0]}'; expected lint, rules, parse, init or data"),
            };
        }
        catch (UsageException exception)
        {
            context.Error.WriteLine($"configlint: {exception.Message}");
            context.Error.WriteLine("Run 'configlint --help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (ConfigurationException exception)
        {
            foreach (var error in exception.Errors)
            {
                context.Error.WriteLine($"configlint: configuration error: {error}");
            }

            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("configlint: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception exception)
        {
            context.Error.WriteLine($"configlint: internal error: {exception.GetType().Name}: {exception.Message}");
            context.Error.WriteLine("This is a bug in ConfigLint; please report it with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }

    private static bool LooksLikePath(string arg, CliContext context) =>
        File.Exists(Path.Combine(context.CurrentDirectory, arg)) || Directory.Exists(Path.Combine(context.CurrentDirectory, arg));

    private static int Version(CliContext context)
    {
        context.Out.WriteLine($"configlint {ToolInfo.Version}");
        return ExitCodes.Success;
    }

    private static int Help(IReadOnlyList<string> rest, CliContext context)
    {
        context.Out.Write(rest.Count > 0 ? HelpText.For(rest[0]) : HelpText.Main);
        return ExitCodes.Success;
    }
}

using ConfigLint.Cli;

namespace ConfigLint.Tests.Cli;

/// <summary>Runs the <c>configlint</c> command line in-process and captures its streams.</summary>
public static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(string currentDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, new CliContext(output, error, currentDirectory, OutputIsTerminal: false));
        return (exitCode, output.ToString(), error.ToString());
    }
}

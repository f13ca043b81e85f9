using ConfigLint.Cli;

var context = new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory,
    OutputIsTerminal: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return CliApplication.Run(args, context, cancellation.Token);

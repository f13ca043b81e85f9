namespace ConfigLint.Cli;

/// <summary>What a command needs from its environment, so tests can run commands in-process.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string CurrentDirectory, bool OutputIsTerminal);

namespace ConfigLint.Cli;

/// <summary>A command-line mistake; reported with a hint and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

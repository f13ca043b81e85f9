using ConfigLint.Model.Dotenv;

namespace ConfigLint.Model.Compose;

/// <summary>A variable interpolation can read: its value and the <c>.env</c> entry that defines it.</summary>
public sealed record ComposeVariable(string Name, string Value, DotenvEntryNode? Source);

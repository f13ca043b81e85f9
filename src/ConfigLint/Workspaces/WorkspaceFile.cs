using ConfigLint.Syntax;

namespace ConfigLint.Workspaces;

/// <summary>A file discovery found: where it is, its format by name, and whether its findings are reported or it is only context.</summary>
public sealed record WorkspaceFile(string FullPath, string RelativePath, ConfigFormat Format, bool IsRequested);

using System.Reflection;

namespace ConfigLint;

/// <summary>The tool's identity as shown in outputs.</summary>
public static class ToolInfo
{
    /// <summary>The informational version of the library without build metadata.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The project's home page.</summary>
    public const string InformationUri = "https://github.com/configlint/configlint";

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus >= 0 ? informational[..plus] : informational;
    }
}

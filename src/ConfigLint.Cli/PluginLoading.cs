using System.Diagnostics.CodeAnalysis;
using ConfigLint.Analysis;
using ConfigLint.Plugins;

namespace ConfigLint.Cli;

/// <summary>Connects the linter to plugin loading where the runtime allows it (the JIT tool, not the native binary).</summary>
public static class PluginLoading
{
    /// <summary>The loader to give the linter, or null when plugins cannot be loaded in this process.</summary>
    public static Func<IReadOnlyList<string>, string, IReadOnlyList<ConfigAnalyzer>>? Loader =>
        PluginLoader.IsSupported ? Load : null;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when dynamic code is supported (JIT), where nothing is trimmed.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when dynamic code is supported (JIT).")]
    private static IReadOnlyList<ConfigAnalyzer> Load(IReadOnlyList<string> paths, string baseDirectory) =>
        PluginLoader.Load(paths, baseDirectory);
}

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Text;

namespace ConfigLint.Plugins;

/// <summary>
/// Loads third-party analyzers from the assemblies named under <c>plugins:</c>. This is the one place that uses
/// reflection; it needs the JIT (the <c>dotnet tool</c> build). The NativeAOT binary carries the built-in rules only.
/// </summary>
public static class PluginLoader
{
    /// <summary>True when this process can load plugin assemblies.</summary>
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// Loads every public, non-abstract <see cref="ConfigAnalyzer"/> with a public parameterless constructor from each
    /// assembly. Paths are relative to <paramref name="baseDirectory"/>. A plugin that cannot be loaded or constructed is
    /// a configuration error naming it.
    /// </summary>
    [RequiresUnreferencedCode("Plugins are discovered by reflection.")]
    [RequiresDynamicCode("Plugins are loaded at run time.")]
    public static IReadOnlyList<ConfigAnalyzer> Load(IEnumerable<string> assemblyPaths, string baseDirectory)
    {
        var analyzers = new List<ConfigAnalyzer>();
        var errors = new List<ConfigurationError>();
        foreach (var path in assemblyPaths)
        {
            var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
            try
            {
                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
                foreach (var type in assembly.GetExportedTypes())
                {
                    if (type.IsAbstract || !typeof(ConfigAnalyzer).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
                    {
                        continue;
                    }

                    analyzers.Add((ConfigAnalyzer)Activator.CreateInstance(type)!);
                }
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or TypeLoadException
                or ReflectionTypeLoadException or TargetInvocationException or MissingMethodException or UnauthorizedAccessException)
            {
                var reason = exception is TargetInvocationException { InnerException: { } inner } ? inner.Message : exception.Message;
                errors.Add(new ConfigurationError(Location.None, $"plugin '{path}' could not be loaded: {exception.GetType().Name}: {reason}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return analyzers;
    }
}

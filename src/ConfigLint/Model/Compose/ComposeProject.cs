using System.Collections.Immutable;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// One Compose application: a base file and the override files Compose merges onto it by default
/// (<c>docker-compose.override.yml</c> onto <c>docker-compose.yml</c>), the project <c>.env</c> used for interpolation,
/// the merged model and its services.
/// </summary>
public sealed class ComposeProject
{
    private readonly Dictionary<string, SourceText> _texts;

    internal ComposeProject(string directory, ImmutableArray<YamlSyntaxTree> files, DotenvSyntaxTree? dotenv, ConfigObject root,
        IReadOnlyDictionary<string, ComposeVariable> variables)
    {
        Directory = directory;
        Files = files;
        Dotenv = dotenv;
        Root = root;
        Variables = variables;
        _texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
    }

    /// <summary>The workspace-relative directory of the base file (the project directory; relative paths resolve from it).</summary>
    public string Directory { get; }

    /// <summary>The base file first, then the files merged onto it, in merge order.</summary>
    public ImmutableArray<YamlSyntaxTree> Files { get; }

    /// <summary>The project's <c>.env</c>, whose variables interpolation reads; null when there is none.</summary>
    public DotenvSyntaxTree? Dotenv { get; }

    /// <summary>The variables interpolation could read, from <c>.env</c> (the shell environment is not known to ConfigLint).</summary>
    public IReadOnlyDictionary<string, ComposeVariable> Variables { get; }

    /// <summary>The merged, expanded, interpolated model.</summary>
    public ConfigObject Root { get; }

    /// <summary>The services, in declaration order.</summary>
    public ImmutableArray<ComposeServiceNode> Services { get; internal set; } = [];

    /// <summary>The service named <paramref name="name"/>, or null.</summary>
    public ComposeServiceNode? FindService(string name) => Services.FirstOrDefault(s => s.Name == name);

    /// <summary>The text of one of the project's files, or null.</summary>
    public SourceText? TextOf(string path) => _texts.GetValueOrDefault(path);
}

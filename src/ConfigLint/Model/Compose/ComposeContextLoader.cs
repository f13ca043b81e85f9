using ConfigLint.Syntax.Yaml;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Compose;

/// <summary>
/// Runs before the format binders: loads the files Compose projects read that discovery left out (a git-ignored
/// <c>.env</c>, an <c>env_file</c> in another directory, the Dockerfile of a <c>build</c>), so they get file and entry
/// nodes like any other file.
/// </summary>
public sealed class ComposeContextLoader : IBinder
{
    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        var known = builder.Trees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var project in ComposeFiles.Projects([.. builder.Trees]))
        {
            var directory = WorkspacePaths.DirectoryOf(project[0].Path);
            Load(WorkspacePaths.Combine(directory, ".env"));
            foreach (var path in EnvFilePaths(project))
            {
                if (!path.Contains('$') && RelativePaths.Resolve(directory, path) is { Length: > 0 } resolved)
                {
                    Load(resolved);
                }
            }

            foreach (var dockerfile in DockerfilePaths(project, directory))
            {
                Load(dockerfile);
            }
        }

        void Load(string path)
        {
            if (known.Add(path) && context.LoadFile(path) is { } tree)
            {
                builder.AddTree(tree);
            }
        }
    }

    // The Dockerfiles of `build` sections, so their EXPOSE lines are known (Compose itself never reads them).
    private static IEnumerable<string> DockerfilePaths(List<YamlSyntaxTree> project, string directory)
    {
        foreach (var service in Services(project))
        {
            var build = (service.Resolve() as YamlMapping)?.Get("build");
            string? context;
            string? dockerfile = null;
            if (build is YamlScalar scalar)
            {
                context = scalar.Value;
            }
            else if (build is YamlMapping mapping && mapping.Get("dockerfile_inline") is null)
            {
                context = (mapping.Get("context") as YamlScalar)?.Value;
                dockerfile = (mapping.Get("dockerfile") as YamlScalar)?.Value;
            }
            else
            {
                continue;
            }

            if (ComposeBuild.DockerfilePath(directory, context, dockerfile) is { } path)
            {
                yield return path;
            }
        }
    }

    private static IEnumerable<YamlNode> Services(List<YamlSyntaxTree> project)
    {
        foreach (var file in project)
        {
            foreach (var document in file.Documents)
            {
                if (document.RootMapping?.Get("services") is YamlMapping services)
                {
                    foreach (var service in services.Members)
                    {
                        yield return service.Value;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> EnvFilePaths(List<YamlSyntaxTree> project)
    {
        foreach (var service in Services(project))
        {
            var envFile = (service.Resolve() as YamlMapping)?.Get("env_file");
            var items = envFile is YamlSequence sequence ? sequence.Items.Select(i => i.Resolve()) : [envFile];
            foreach (var item in items)
            {
                var path = item is YamlMapping longSyntax ? longSyntax.Get("path") : item;
                if (path is YamlScalar { Value.Length: > 0 } scalar)
                {
                    yield return scalar.Value;
                }
            }
        }
    }
}

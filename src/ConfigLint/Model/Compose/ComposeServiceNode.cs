using System.Collections.Immutable;
using ConfigLint.Model.Yaml;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// A Compose service after the project's files are merged (<c>docker-compose.override.yml</c> onto
/// <c>docker-compose.yml</c>) and interpolated. <see cref="ConfigNode.Properties"/> is the service in Compose's expanded
/// form (<c>environment</c>, <c>labels</c>, <c>depends_on</c> and <c>networks</c> as maps, <c>env_file</c> and
/// <c>ports</c> as lists), every value located where it is written; the accessors read the parts rules ask for.
/// </summary>
public sealed class ComposeServiceNode : ConfigNode
{
    private ImmutableArray<ComposePort> _ports;
    private ImmutableArray<ComposePort> _expose;
    private ImmutableArray<ComposeDependency> _dependsOn;
    private ImmutableArray<ComposeVolumeMount> _volumes;

    internal ComposeServiceNode(string id, SyntaxTree tree, string name, Location location, ConfigObject properties, ComposeProject project,
        ImmutableArray<ComposeEnvFile> envFiles, ImmutableArray<ComposeEnvironmentVariable> environment)
        : base(id, NodeKind.ComposeService, tree, type: string.Empty, name, location, properties)
    {
        Project = project;
        EnvFiles = envFiles;
        Environment = environment;
    }

    /// <summary>The project (base file plus overrides) the service belongs to.</summary>
    public ComposeProject Project { get; }

    /// <summary>The service's <c>env_file</c> entries in order, with whether each exists.</summary>
    public ImmutableArray<ComposeEnvFile> EnvFiles { get; }

    /// <summary>
    /// The container's environment as Compose computes it: env files in order (a later file wins), then
    /// <c>environment</c> over them. One entry per name, in first-appearance order.
    /// </summary>
    public ImmutableArray<ComposeEnvironmentVariable> Environment { get; }

    /// <summary>The <c>image</c>, or null when the service only builds.</summary>
    public ComposeImage? Image => Properties.Get("image") is { } value && ComposeValues.Text(value) is { } text
        ? new ComposeImage(text, value.Location, ImageReference.Parse(text), ComposeValues.IsUnresolved(value))
        : null;

    /// <summary>The <c>build</c> section (a context string is expanded to <c>context:</c>), or null.</summary>
    public ConfigObject? Build => Properties.Get("build") as ConfigObject;

    /// <summary>
    /// The workspace-relative path of the Dockerfile the <c>build</c> reads (<c>context</c> joined with
    /// <c>dockerfile</c>, which defaults to <c>Dockerfile</c>), or null when the service does not build, builds from a
    /// remote context or <c>dockerfile_inline</c>, or the path leaves the workspace. The file is loaded as context
    /// when it exists, so <c>graph.FindTree(path)</c> finds it.
    /// </summary>
    public string? DockerfilePath => Build is { } build && !build.Contains("dockerfile_inline")
        ? ComposeBuild.DockerfilePath(Project.Directory, ComposeValues.Text(build.Get("context")), ComposeValues.Text(build.Get("dockerfile")))
        : null;

    /// <summary>The <c>command</c> (string or list), or null.</summary>
    public ConfigValue? Command => Properties.Get("command");

    /// <summary>The <c>entrypoint</c> (string or list), or null.</summary>
    public ConfigValue? Entrypoint => Properties.Get("entrypoint");

    /// <summary>The <c>healthcheck</c> section, or null.</summary>
    public ConfigObject? Healthcheck => Properties.Get("healthcheck") as ConfigObject;

    /// <summary>The <c>network_mode</c>, or null.</summary>
    public string? NetworkMode => ComposeValues.Text(Properties.Get("network_mode"));

    /// <summary>True when <c>privileged: true</c>.</summary>
    public bool Privileged => ComposeValues.IsTrue(Properties.Get("privileged"));

    /// <summary>The <c>profiles</c>; a service without profiles always starts.</summary>
    public ImmutableArray<ComposeName> Profiles => Names(Properties.Get("profiles"));

    /// <summary>The networks the service joins (keys of the expanded <c>networks</c> map).</summary>
    public ImmutableArray<ComposeName> Networks => Keys(Properties.Get("networks"));

    /// <summary>The secrets the service mounts (short syntax names, long syntax <c>source</c>).</summary>
    public ImmutableArray<ComposeName> Secrets => Sources(Properties.Get("secrets"));

    /// <summary>The <c>ports</c> entries, short and long syntax.</summary>
    public ImmutableArray<ComposePort> Ports => _ports.IsDefault ? _ports = ReadPorts(Properties.Get("ports"), isExpose: false) : _ports;

    /// <summary>The <c>expose</c> entries.</summary>
    public ImmutableArray<ComposePort> Expose => _expose.IsDefault ? _expose = ReadPorts(Properties.Get("expose"), isExpose: true) : _expose;

    /// <summary>The <c>depends_on</c> entries (the expanded map: name, condition, required).</summary>
    public ImmutableArray<ComposeDependency> DependsOn => _dependsOn.IsDefault ? _dependsOn = ReadDependencies() : _dependsOn;

    /// <summary>The <c>volumes</c> entries.</summary>
    public ImmutableArray<ComposeVolumeMount> Volumes => _volumes.IsDefault ? _volumes = ReadVolumes() : _volumes;

    /// <summary>The environment variable <paramref name="name"/>, or null.</summary>
    public ComposeEnvironmentVariable? GetEnvironment(string name)
    {
        foreach (var variable in Environment)
        {
            if (variable.Name == name)
            {
                return variable;
            }
        }

        return null;
    }

    private ImmutableArray<ComposePort> ReadPorts(ConfigValue? value, bool isExpose)
    {
        if (value is not ConfigList list)
        {
            return [];
        }

        var ports = ImmutableArray.CreateBuilder<ComposePort>(list.Items.Length);
        foreach (var item in list.Items)
        {
            if (item is ConfigObject entry && !isExpose)
            {
                var target = entry.Get("target");
                var published = entry.Get("published");
                var hostIp = entry.Get("host_ip");
                var protocol = entry.Get("protocol");
                ports.Add(ComposePortParser.ParseLong(entry.Location, ComposeValues.Text(target), target?.Location,
                    ComposeValues.Text(published), published?.Location, ComposeValues.Text(hostIp), ComposeValues.Text(protocol),
                    entry.Properties.Any(p => ComposeValues.IsUnresolved(p.Value)), hostIp?.Location, protocol?.Location));
            }
            else if (ComposeValues.Text(item) is { } text)
            {
                ports.Add(ComposePortParser.ParseShort(text, item.Location, (start, length) => Slice(item, text, start, length), isExpose, ComposeValues.IsUnresolved(item)));
            }
        }

        return ports.ToImmutable();
    }

    private ImmutableArray<ComposeDependency> ReadDependencies()
    {
        if (Properties.Get("depends_on") is not ConfigObject map)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ComposeDependency>(map.Properties.Length);
        foreach (var property in map.Properties)
        {
            var details = property.Value as ConfigObject;
            result.Add(new ComposeDependency(property.Name, property.NameLocation,
                ComposeValues.Text(details?.Get("condition")) ?? "service_started",
                !ComposeValues.IsFalse(details?.Get("required"))));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<ComposeVolumeMount> ReadVolumes()
    {
        if (Properties.Get("volumes") is not ConfigList list)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ComposeVolumeMount>(list.Items.Length);
        foreach (var item in list.Items)
        {
            if (item is ConfigObject entry)
            {
                var target = ComposeValues.Text(entry.Get("target"));
                if (target is null)
                {
                    continue;
                }

                var source = ComposeValues.Text(entry.Get("source"));
                var type = ComposeValues.Text(entry.Get("type")) ?? (source is null ? "volume" : VolumeType(source));
                result.Add(new ComposeVolumeMount(source, target, type, ComposeValues.IsTrue(entry.Get("read_only")), entry.Location));
            }
            else if (ComposeValues.Text(item) is { } text)
            {
                var parts = text.Split(':');
                var (source, target, mode) = parts.Length switch
                {
                    1 => (null, parts[0], null),
                    2 => (parts[0], parts[1], null),
                    _ => (parts[0], parts[1], parts[2]),
                };
                result.Add(new ComposeVolumeMount(source, target, source is null ? "volume" : VolumeType(source),
                    mode is not null && mode.Split(',').Contains("ro"), item.Location));
            }
        }

        return result.ToImmutable();
    }

    private static string VolumeType(string source) => source.Length > 0 && source[0] is '.' or '/' or '~' ? "bind" : "volume";

    private Location Slice(ConfigValue item, string text, int start, int length) =>
        item is ConfigScalar && Project.TextOf(item.Location.Path) is { } source
            ? ValueSlices.Slice(source, item.Location, text, start, length)
            : item.Location;

    private static ImmutableArray<ComposeName> Names(ConfigValue? value) =>
        value is ConfigList list
            ? [.. list.Items.Select(i => ComposeValues.Text(i) is { } name ? new ComposeName(name, i.Location) : null).OfType<ComposeName>()]
            : [];

    private static ImmutableArray<ComposeName> Keys(ConfigValue? value) =>
        value is ConfigObject map ? [.. map.Properties.Select(p => new ComposeName(p.Name, p.NameLocation))] : [];

    private static ImmutableArray<ComposeName> Sources(ConfigValue? value)
    {
        if (value is not ConfigList list)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ComposeName>();
        foreach (var item in list.Items)
        {
            var source = item is ConfigObject entry ? entry.Get("source") : item;
            if (ComposeValues.Text(source) is { } name)
            {
                result.Add(new ComposeName(name, source!.Location));
            }
        }

        return result.ToImmutable();
    }
}

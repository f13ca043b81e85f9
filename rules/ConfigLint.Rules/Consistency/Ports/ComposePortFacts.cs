using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Syntax.Dockerfile;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Workspaces;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// Compose services as port subjects: the listening port from the service's environment (also what <c>CL4003</c>
/// compares), <c>expose</c> entries, the <c>EXPOSE</c> lines of the Dockerfile it builds, and the port the env file
/// variants of the files it loads set for other environments; the container side of <c>ports</c> entries as routes.
/// </summary>
internal sealed class ComposePortFacts : IPortFactSource
{
    private const int MaxRangeFacts = 16;

    /// <inheritdoc />
    public IEnumerable<PortSubject> Subjects(ConfigGraph graph)
    {
        if (graph.GetModel<ComposeModel>() is not { } model)
        {
            yield break;
        }

        var dotenvFiles = graph.Trees.OfType<DotenvSyntaxTree>().ToList();
        var loaded = model.Projects.SelectMany(p => p.Services).SelectMany(s => s.EnvFiles)
            .Select(f => f.Tree?.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var project in model.Projects)
        {
            foreach (var service in project.Services)
            {
                if (service.NetworkMode == "host")
                {
                    continue;
                }

                var display = $"compose service '{service.Name}'";
                var image = service.Image is { IsUnresolved: false, Parsed: { } parsed } ? parsed : null;
                var subject = new PortSubject(display, image);
                var listener = new PortListener(display);
                subject.Listeners.Add(listener);
                var own = OwnPort(service);
                if (own is { } ownPort)
                {
                    listener.Facts.Add(ownPort.Fact);
                    subject.OwnFactsCheckedElsewhere = true;
                }

                AddExpose(service, listener);
                if (CommandPorts.Find(graph, $"the command of compose service '{service.Name}'", service.Entrypoint, service.Command) is { } command)
                {
                    listener.Facts.Add(command);
                }

                // A command of the service's own replaces the image's, so the image's EXPOSE no longer says much.
                if (service.Command is null && service.Entrypoint is null)
                {
                    AddDockerfile(graph, service, listener);
                }

                if (own is null || own.Value.FromEnvFile)
                {
                    AddOtherEnvironments(service, dotenvFiles, loaded, own?.Name, subject);
                }

                var routes = Routes(service);
                if (!routes.IsEmpty)
                {
                    subject.Groups.Add(new RouteGroup(routes));
                }

                yield return subject;
            }
        }
    }

    private static (ListeningPort Fact, string Name, bool FromEnvFile)? OwnPort(ComposeServiceNode service)
    {
        foreach (var name in ListenPorts.Variables)
        {
            if (service.GetEnvironment(name) is { } variable && ListenPorts.TryParse(variable.Value, out var port))
            {
                var origin = variable.Source == ComposeEnvironmentSource.EnvFile ? variable.ValueLocation.Path : "'environment'";
                return (new ListeningPort(port, ListeningKind.Variable, variable.ValueLocation, $"{name}={port}", "in " + origin), name,
                    variable.Source == ComposeEnvironmentSource.EnvFile);
            }
        }

        return null;
    }

    private static void AddExpose(ComposeServiceNode service, PortListener listener)
    {
        foreach (var expose in service.Expose)
        {
            if (expose.Problem is not null || expose.IsUnresolved)
            {
                continue;
            }

            for (var port = expose.TargetStart; port <= expose.TargetEnd && port - expose.TargetStart < MaxRangeFacts; port++)
            {
                listener.Facts.Add(new ListeningPort(port, ListeningKind.Declared, expose.TargetLocation, $"'expose' entry '{expose.Text}'", string.Empty));
            }
        }
    }

    private static void AddDockerfile(ConfigGraph graph, ComposeServiceNode service, PortListener listener)
    {
        if (service.DockerfilePath is not { } path || graph.FindTree(path) is not DockerfileSyntaxTree dockerfile)
        {
            return;
        }

        foreach (var (port, location) in dockerfile.ExposedPorts())
        {
            listener.Facts.Add(new ListeningPort(port, ListeningKind.Image, location, string.Create(CultureInfo.InvariantCulture, $"EXPOSE {port}"), "in " + path));
        }
    }

    // The env files beside the ones the service loads, for other environments (.env.production beside .env), when no
    // Compose file loads them itself: the app reads its port from them there, through the same `ports` mapping.
    private static void AddOtherEnvironments(ComposeServiceNode service, List<DotenvSyntaxTree> dotenvFiles, HashSet<string> loaded, string? ownName,
        PortSubject subject)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var envFile in service.EnvFiles)
        {
            if (envFile.Tree is not { } file || !EnvFileVariants.IsVariant(file.Path))
            {
                continue;
            }

            var directory = WorkspacePaths.DirectoryOf(file.Path);
            foreach (var other in dotenvFiles)
            {
                if (other.Path == file.Path || loaded.Contains(other.Path) || !seen.Add(other.Path)
                    || WorkspacePaths.DirectoryOf(other.Path) != directory
                    || !EnvFileVariants.IsVariant(other.Path) || EnvFileVariants.IsTemplate(other.Path))
                {
                    continue;
                }

                if (PortIn(other, ownName) is { } fact)
                {
                    subject.OtherEnvironments.Add(fact);
                }
            }
        }
    }

    // The variable the service's own environment uses, else the first one the file sets; the last definition wins.
    private static ListeningPort? PortIn(DotenvSyntaxTree file, string? ownName)
    {
        foreach (var name in ownName is null ? ListenPorts.Variables : [ownName])
        {
            DotenvLine? last = null;
            foreach (var line in file.Entries)
            {
                if (line.Key == name)
                {
                    last = line;
                }
            }

            if (last is { RawValue: { } raw } && ListenPorts.TryParse(last.Value, out var port))
            {
                return new ListeningPort(port, ListeningKind.Variable, file.GetLocation(raw), $"{name}={port}", "in " + file.Path);
            }
        }

        return null;
    }

    private static ImmutableArray<PortRoute> Routes(ComposeServiceNode service)
    {
        var parameterized = new HashSet<Text.Location>();
        if (service.Properties.Get("ports") is ConfigList list)
        {
            foreach (var item in list.Items)
            {
                if (ComposeValues.Variables(item).Any())
                {
                    parameterized.Add(item.Location);
                }
            }
        }

        var routes = ImmutableArray.CreateBuilder<PortRoute>();
        foreach (var port in service.Ports)
        {
            if (port.Problem is not null || port.IsUnresolved)
            {
                continue;
            }

            var single = port.TargetStart == port.TargetEnd;
            routes.Add(new PortRoute(port.TargetStart, port.TargetEnd, port.TargetLocation, $"'ports' entry '{port.Text}'")
            {
                WrittenPort = single ? port.TargetStart.ToString(CultureInfo.InvariantCulture) : null,
                IsParameterized = parameterized.Contains(port.Location),
            });
        }

        return routes.ToImmutable();
    }
}

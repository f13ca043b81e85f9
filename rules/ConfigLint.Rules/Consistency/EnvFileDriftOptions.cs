using System.Collections.Immutable;
using ConfigLint.Configuration;
using ConfigLint.Model;
using ConfigLint.Workspaces;

namespace ConfigLint.Rules.Consistency;

/// <summary>The <c>options:</c> of <c>env-file-drift</c>, read from configuration with an error per unknown key or bad value.</summary>
internal sealed record EnvFileDriftOptions
{
    private static readonly string[] Keys = ["directory-variants", "compose", "groups", "ignore-keys"];

    /// <summary>The defaults: compare directory variants and Compose env files, no extra groups, every key.</summary>
    public static EnvFileDriftOptions Default { get; } = new();

    /// <summary>Compare the <c>.env</c> variants of each directory.</summary>
    public bool DirectoryVariants { get; init; } = true;

    /// <summary>Compare the env files that one Compose service loads in the different Compose files of a directory.</summary>
    public bool Compose { get; init; } = true;

    /// <summary>Groups named in configuration: the files each matches, and the template path, if given.</summary>
    public ImmutableArray<(ImmutableArray<GlobPattern> Files, string? Template)> Groups { get; init; } = [];

    /// <summary>Keys never reported.</summary>
    public ImmutableArray<GlobPattern> IgnoreKeys { get; init; } = [];

    /// <summary>Reads the options; problems go to <paramref name="errors"/> and leave the default for that setting.</summary>
    public static EnvFileDriftOptions Read(ConfigObject? options, List<ConfigurationError> errors)
    {
        var result = Default;
        if (options is null)
        {
            return result;
        }

        foreach (var property in options.Properties)
        {
            switch (property.Name)
            {
                case "directory-variants":
                    result = result with { DirectoryVariants = Flag(property, errors) ?? result.DirectoryVariants };
                    break;
                case "compose":
                    result = result with { Compose = Flag(property, errors) ?? result.Compose };
                    break;
                case "ignore-keys":
                    result = result with { IgnoreKeys = [.. Strings(property.Value, property.Name, errors).Select(k => GlobPattern.Parse(k))] };
                    break;
                case "groups":
                    result = result with { Groups = ReadGroups(property, errors) };
                    break;
                default:
                    errors.Add(new ConfigurationError(property.NameLocation,
                        $"unknown option '{property.Name}' for env-file-drift; expected one of: {string.Join(", ", Keys)}"));
                    break;
            }
        }

        return result;
    }

    private static ImmutableArray<(ImmutableArray<GlobPattern>, string?)> ReadGroups(ConfigProperty property, List<ConfigurationError> errors)
    {
        if (property.Value is not ConfigList list)
        {
            errors.Add(new ConfigurationError(property.Value.Location, "'groups' must be a list; each group a list of file globs or a mapping with 'files' and 'template'"));
            return [];
        }

        var groups = ImmutableArray.CreateBuilder<(ImmutableArray<GlobPattern>, string?)>();
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case ConfigList files:
                    groups.Add(([.. Strings(files, "groups", errors).Select(f => GlobPattern.Parse(f))], null));
                    break;
                case ConfigObject group:
                    ImmutableArray<GlobPattern> patterns = [];
                    string? template = null;
                    foreach (var setting in group.Properties)
                    {
                        if (setting.Name == "files")
                        {
                            patterns = [.. Strings(setting.Value, "files", errors).Select(f => GlobPattern.Parse(f))];
                        }
                        else if (setting.Name == "template" && setting.Value is ConfigScalar { Kind: ScalarKind.String } path)
                        {
                            template = path.Text.StartsWith("./", StringComparison.Ordinal) ? path.Text[2..] : path.Text;
                        }
                        else if (setting.Name == "template")
                        {
                            errors.Add(new ConfigurationError(setting.Value.Location, "'template' must be a workspace-relative path"));
                        }
                        else
                        {
                            errors.Add(new ConfigurationError(setting.NameLocation, $"unknown group setting '{setting.Name}'; expected 'files' or 'template'"));
                        }
                    }

                    if (patterns.IsEmpty)
                    {
                        errors.Add(new ConfigurationError(group.Location, "a group needs 'files', a list of file globs"));
                    }

                    groups.Add((patterns, template));
                    break;
                default:
                    errors.Add(new ConfigurationError(item.Location, "each group must be a list of file globs or a mapping with 'files' and 'template'"));
                    break;
            }
        }

        return groups.ToImmutable();
    }

    private static bool? Flag(ConfigProperty property, List<ConfigurationError> errors)
    {
        if (property.Value is ConfigScalar { Text: "true" or "false" } flag)
        {
            return flag.Text == "true";
        }

        errors.Add(new ConfigurationError(property.Value.Location, $"'{property.Name}' must be true or false"));
        return null;
    }

    private static IEnumerable<string> Strings(ConfigValue value, string name, List<ConfigurationError> errors)
    {
        var items = value is ConfigList list ? list.Items : [value];
        var result = new List<string>();
        foreach (var item in items)
        {
            if (item is ConfigScalar { Kind: ScalarKind.String, Text.Length: > 0 } scalar)
            {
                result.Add(scalar.Text);
            }
            else
            {
                errors.Add(new ConfigurationError(item.Location, $"'{name}' entries must be non-empty strings"));
            }
        }

        return result;
    }
}

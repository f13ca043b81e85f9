using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Text;

namespace ConfigLint.Configuration;

/// <summary>
/// Finds and reads <c>.configlint.yaml</c>. Unknown keys and bad values are configuration errors with the
/// file and line; rule names are checked later against the loaded analyzers.
/// </summary>
public static class ConfigurationLoader
{
    /// <summary>The file names looked for, in order.</summary>
    public static readonly ImmutableArray<string> FileNames = [".configlint.yaml", ".configlint.yml"];

    private static readonly ImmutableArray<string> TopLevelKeys =
        ["include", "exclude", "rules", "plugins", "terraform", "max-file-size", "max-line-length", "respect-gitignore"];

    /// <summary>Walks up from <paramref name="startDirectory"/> to the file system root looking for a configuration file.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads a configuration file. Throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static LintConfiguration Load(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        SourceText text;
        try
        {
            text = SourceText.From(File.ReadAllBytes(fullPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(new ConfigurationError(Location.None, $"cannot read configuration file '{filePath}': {exception.Message}"));
        }

        return Parse(fullPath, Path.GetFileName(fullPath), text);
    }

    /// <summary>Parses configuration text; <paramref name="displayPath"/> is used in error locations.</summary>
    public static LintConfiguration Parse(string fullPath, string displayPath, SourceText text)
    {
        var root = YamlValueReader.Read(displayPath, text);
        var configuration = LintConfiguration.Empty with { FilePath = fullPath };
        if (root is null || root is ConfigScalar { Kind: ScalarKind.Null })
        {
            return configuration;
        }

        if (root is not ConfigObject top)
        {
            throw new ConfigurationException(new ConfigurationError(root.Location, "the configuration must be a mapping of settings"));
        }

        var errors = new List<ConfigurationError>();
        foreach (var property in top.Properties)
        {
            switch (property.Name)
            {
                case "include":
                    configuration = configuration with { Include = ReadStrings(property, errors) };
                    break;
                case "exclude":
                    configuration = configuration with { Exclude = ReadStrings(property, errors) };
                    break;
                case "plugins":
                    configuration = configuration with { Plugins = ReadStrings(property, errors) };
                    break;
                case "rules":
                    configuration = configuration with { Rules = ReadRules(property, errors) };
                    break;
                case "terraform":
                    configuration = ReadTerraform(configuration, property, errors);
                    break;
                case "max-file-size":
                    if (property.Value is ConfigScalar size && long.TryParse(size.Text, out var bytes) && bytes > 0)
                    {
                        configuration = configuration with { MaxFileSize = bytes };
                    }
                    else
                    {
                        errors.Add(new(property.Value.Location, "'max-file-size' must be a positive number of bytes"));
                    }

                    break;
                case "max-line-length":
                    if (property.Value is ConfigScalar width && int.TryParse(width.Text, out var characters) && characters > 0)
                    {
                        configuration = configuration with { MaxLineLength = characters };
                    }
                    else
                    {
                        errors.Add(new(property.Value.Location, "'max-line-length' must be a positive number of characters"));
                    }

                    break;
                case "respect-gitignore":
                    if (property.Value is ConfigScalar { Text: "true" or "false" } flag)
                    {
                        configuration = configuration with { RespectGitIgnore = flag.Text == "true" };
                    }
                    else
                    {
                        errors.Add(new(property.Value.Location, "'respect-gitignore' must be true or false"));
                    }

                    break;
                default:
                    errors.Add(new(property.NameLocation, $"unknown setting '{property.Name}'; expected one of: {string.Join(", ", TopLevelKeys)}"));
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return configuration;
    }

    private static ImmutableArray<string> ReadStrings(ConfigProperty property, List<ConfigurationError> errors)
    {
        switch (property.Value)
        {
            case ConfigScalar { Kind: ScalarKind.Null }:
                return [];
            case ConfigScalar scalar:
                return [scalar.Text];
            case ConfigList list:
                var result = ImmutableArray.CreateBuilder<string>();
                foreach (var item in list.Items)
                {
                    if (item is ConfigScalar { Kind: ScalarKind.String } s)
                    {
                        result.Add(s.Text);
                    }
                    else
                    {
                        errors.Add(new(item.Location, $"'{property.Name}' entries must be strings"));
                    }
                }

                return result.ToImmutable();
            default:
                errors.Add(new(property.Value.Location, $"'{property.Name}' must be a list of strings"));
                return [];
        }
    }

    private static ImmutableArray<RuleSetting> ReadRules(ConfigProperty property, List<ConfigurationError> errors)
    {
        if (property.Value is ConfigScalar { Kind: ScalarKind.Null })
        {
            return [];
        }

        if (property.Value is not ConfigObject rules)
        {
            errors.Add(new(property.Value.Location, "'rules' must map rule ids or names to a severity (error, warning, note, off)"));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<RuleSetting>();
        foreach (var rule in rules.Properties)
        {
            switch (rule.Value)
            {
                case ConfigScalar scalar when DiagnosticSeverityNames.TryParse(scalar.Text, out var severity):
                    result.Add(new RuleSetting(rule.Name, severity, null, rule.NameLocation));
                    break;
                case ConfigObject block:
                    result.Add(ReadRuleBlock(rule, block, errors));
                    break;
                default:
                    errors.Add(new(rule.Value.Location, $"invalid severity for '{rule.Name}'; expected error, warning, note or off"));
                    break;
            }
        }

        return result.ToImmutable();
    }

    private static RuleSetting ReadRuleBlock(ConfigProperty rule, ConfigObject block, List<ConfigurationError> errors)
    {
        DiagnosticSeverity? severity = null;
        ConfigObject? options = null;
        foreach (var setting in block.Properties)
        {
            if (setting.Name == "severity" && setting.Value is ConfigScalar s && DiagnosticSeverityNames.TryParse(s.Text, out var parsed))
            {
                severity = parsed;
            }
            else if (setting.Name == "severity")
            {
                errors.Add(new(setting.Value.Location, $"invalid severity for '{rule.Name}'; expected error, warning, note or off"));
            }
            else if (setting.Name == "options" && setting.Value is ConfigObject o)
            {
                options = o;
            }
            else if (setting.Name == "options")
            {
                errors.Add(new(setting.Value.Location, "'options' must be a mapping"));
            }
            else
            {
                errors.Add(new(setting.NameLocation, $"unknown rule setting '{setting.Name}'; expected 'severity' or 'options'"));
            }
        }

        return new RuleSetting(rule.Name, severity, options, rule.NameLocation);
    }

    private static LintConfiguration ReadTerraform(LintConfiguration configuration, ConfigProperty property, List<ConfigurationError> errors)
    {
        if (property.Value is not ConfigObject terraform)
        {
            errors.Add(new(property.Value.Location, "'terraform' must be a mapping"));
            return configuration;
        }

        foreach (var setting in terraform.Properties)
        {
            switch (setting.Name)
            {
                case "var-files":
                    configuration = configuration with { TerraformVarFiles = ReadStrings(setting, errors) };
                    break;
                case "provider-schemas":
                    configuration = configuration with { TerraformProviderSchemas = ReadStrings(setting, errors) };
                    break;
                default:
                    errors.Add(new(setting.NameLocation, $"unknown terraform setting '{setting.Name}'; expected 'var-files' or 'provider-schemas'"));
                    break;
            }
        }

        return configuration;
    }
}

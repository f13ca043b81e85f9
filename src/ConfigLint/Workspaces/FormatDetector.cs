using ConfigLint.Syntax;
using ConfigLint.Syntax.Yaml;

namespace ConfigLint.Workspaces;

/// <summary>Decides a file's format from its name. YAML content decides later between Compose, Kubernetes and plain YAML.</summary>
public static class FormatDetector
{
    /// <summary>The format for a file name, or null when ConfigLint does not read such files.</summary>
    public static ConfigFormat? Detect(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        if (name.EndsWith(".tf.json", StringComparison.Ordinal) || name.EndsWith(".tfvars.json", StringComparison.Ordinal))
        {
            return ConfigFormat.TerraformJson;
        }

        if (name.EndsWith(".tf", StringComparison.Ordinal))
        {
            return ConfigFormat.Terraform;
        }

        if (name.EndsWith(".tfvars", StringComparison.Ordinal))
        {
            return ConfigFormat.TerraformVariables;
        }

        if (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return DetectYaml(name);
        }

        if (IsDotenv(name))
        {
            return ConfigFormat.Dotenv;
        }

        if (name == "dockerfile" || name.StartsWith("dockerfile.", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal))
        {
            return ConfigFormat.Dockerfile;
        }

        return null;
    }

    /// <summary>
    /// The format of a YAML file whose name says nothing more: Compose when the first document has a top-level
    /// <c>services</c> mapping, Kubernetes when any document has <c>apiVersion</c> and <c>kind</c>, else plain YAML.
    /// </summary>
    public static ConfigFormat DetectYamlContent(IReadOnlyList<YamlDocument> documents)
    {
        if (documents.FirstOrDefault(d => d.Root is not null)?.RootMapping?.Get("services") is YamlMapping)
        {
            return ConfigFormat.Compose;
        }

        foreach (var document in documents)
        {
            if (document.RootMapping is { } root && root.Get("apiVersion") is YamlScalar && root.Get("kind") is YamlScalar)
            {
                return ConfigFormat.Kubernetes;
            }
        }

        return ConfigFormat.Yaml;
    }

    private static ConfigFormat? DetectYaml(string name)
    {
        var stem = name[..name.LastIndexOf('.')];
        if (stem == ".configlint")
        {
            return null;
        }

        if (stem.StartsWith("compose", StringComparison.Ordinal) || stem.StartsWith("docker-compose", StringComparison.Ordinal))
        {
            return ConfigFormat.Compose;
        }

        if (stem == "kustomization")
        {
            return ConfigFormat.Kustomization;
        }

        return ConfigFormat.Yaml;
    }

    /// <summary><c>.env</c>, <c>.env.&lt;name&gt;</c> (a plain word, so <c>.env.d.ts</c> is not one) and <c>&lt;name&gt;.env</c>.</summary>
    private static bool IsDotenv(string name)
    {
        if (name == ".env")
        {
            return true;
        }

        if (name.StartsWith(".env.", StringComparison.Ordinal))
        {
            var suffix = name.AsSpan(5);
            return suffix.Length > 0 && !suffix.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789_-");
        }

        return name.EndsWith(".env", StringComparison.Ordinal) && name.Length > 4;
    }
}

using ConfigLint.Syntax.Dockerfile;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Syntax;

/// <summary>Parses a file with the parser for its format. Never throws for any input.</summary>
public static class SyntaxParser
{
    /// <summary>
    /// Parses <paramref name="text"/>. For YAML formats the parser may refine the format from the content
    /// (a generic <see cref="ConfigFormat.Yaml"/> file with <c>services:</c> is Compose).
    /// </summary>
    public static SyntaxTree Parse(string path, SourceText text, ConfigFormat format) => format switch
    {
        ConfigFormat.Dotenv => DotenvParser.Parse(path, text),
        ConfigFormat.Dockerfile => DockerfileParser.Parse(path, text),
        ConfigFormat.Compose or ConfigFormat.Kubernetes or ConfigFormat.Kustomization => YamlParser.Parse(path, text, format),
        ConfigFormat.Yaml => ParseYaml(path, text),
        ConfigFormat.Terraform or ConfigFormat.TerraformVariables => HclParser.Parse(path, text, format),
        ConfigFormat.TerraformJson => TerraformJsonParser.Parse(path, text),
        _ => new UnparsedSyntaxTree(path, text, format, []),
    };

    private static YamlSyntaxTree ParseYaml(string path, SourceText text)
    {
        var tree = YamlParser.Parse(path, text);
        return tree.WithFormat(FormatDetector.DetectYamlContent(tree.Documents));
    }
}

using ConfigLint.Syntax;

namespace ConfigLint.Model.Terraform;

/// <summary>Terraform's rules for file names and local module paths.</summary>
public static class TerraformFiles
{
    /// <summary>True for a file that is part of a module's configuration: <c>*.tf</c> or <c>*.tf.json</c>, not ignored.</summary>
    public static bool IsConfigurationFile(string path)
    {
        var name = FileName(path);
        return !IsIgnored(name) && (name.EndsWith(".tf", StringComparison.Ordinal) || name.EndsWith(".tf.json", StringComparison.Ordinal));
    }

    /// <summary>True for a variables file: <c>*.tfvars</c> or <c>*.tfvars.json</c>.</summary>
    public static bool IsVariablesFile(string path)
    {
        var name = FileName(path);
        return name.EndsWith(".tfvars", StringComparison.Ordinal) || name.EndsWith(".tfvars.json", StringComparison.Ordinal);
    }

    /// <summary>
    /// True for the variables files Terraform loads by itself for a root module, in <see cref="AutoLoadedOrder"/>:
    /// <c>terraform.tfvars</c>, <c>terraform.tfvars.json</c>, <c>*.auto.tfvars</c>, <c>*.auto.tfvars.json</c>.
    /// </summary>
    public static bool IsAutoLoaded(string path)
    {
        var name = FileName(path);
        return name is "terraform.tfvars" or "terraform.tfvars.json"
            || name.EndsWith(".auto.tfvars", StringComparison.Ordinal) || name.EndsWith(".auto.tfvars.json", StringComparison.Ordinal);
    }

    /// <summary>
    /// The order Terraform applies auto-loaded files in (documentation, "Variable Definition Precedence", read
    /// 2026-12): <c>terraform.tfvars</c>, then <c>terraform.tfvars.json</c>, then the <c>*.auto.tfvars</c> and
    /// <c>*.auto.tfvars.json</c> files in lexical order of their names. Later files win.
    /// </summary>
    public static int AutoLoadedOrder(string path) => FileName(path) switch
    {
        "terraform.tfvars" => 0,
        "terraform.tfvars.json" => 1,
        _ => 2,
    };

    /// <summary>True for an override file (<c>override.tf</c>, <c>*_override.tf</c> and their JSON forms).</summary>
    public static bool IsOverrideFile(string path)
    {
        var name = FileName(path);
        var stem = name.EndsWith(".tf.json", StringComparison.Ordinal) ? name[..^8] : name.EndsWith(".tf", StringComparison.Ordinal) ? name[..^3] : null;
        return stem is not null && (stem == "override" || stem.EndsWith("_override", StringComparison.Ordinal));
    }

    /// <summary>True for names Terraform skips: hidden files and editor backups (<c>.x.tf</c>, <c>x.tf~</c>, <c>#x.tf#</c>).</summary>
    public static bool IsIgnored(string fileName) =>
        fileName.StartsWith('.') || fileName.EndsWith('~') || (fileName.StartsWith('#') && fileName.EndsWith('#'));

    /// <summary>True for a module source that is a local path: <c>./x</c> or <c>../x</c>.</summary>
    public static bool IsLocalSource(string source) =>
        source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal)
        || source is "." or "..";

    /// <summary>The workspace-relative directory of a local source called from <paramref name="directory"/>; null when not local or above the workspace root.</summary>
    public static string? ResolveLocalSource(string directory, string source)
    {
        if (!IsLocalSource(source))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in (directory.Length == 0 ? source : directory + "/" + source).Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The path from directory <paramref name="from"/> to directory <paramref name="to"/> (both workspace-relative), as <c>path.module</c> shows it: <c>.</c>, <c>modules/vpc</c>, <c>../shared</c>.</summary>
    public static string RelativeDirectory(string from, string to)
    {
        var a = from.Length == 0 ? [] : from.Split('/');
        var b = to.Length == 0 ? [] : to.Split('/');
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < a.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < b.Length; i++)
        {
            parts.Add(b[i]);
        }

        return parts.Count == 0 ? "." : string.Join('/', parts);
    }

    /// <summary>True when a parsed file is Terraform configuration (as opposed to variables or other formats).</summary>
    public static bool IsConfiguration(SyntaxTree tree) =>
        tree.Format is ConfigFormat.Terraform or ConfigFormat.TerraformJson && IsConfigurationFile(tree.Path);

    /// <summary>True when a parsed file is a variables file.</summary>
    public static bool IsVariables(SyntaxTree tree) =>
        tree.Format is ConfigFormat.TerraformVariables or ConfigFormat.TerraformJson && IsVariablesFile(tree.Path);

    private static string FileName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}

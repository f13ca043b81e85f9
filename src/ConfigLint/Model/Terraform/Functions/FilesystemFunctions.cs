using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// Filesystem functions (Terraform documentation, "Filesystem Functions", read 2026-12). The path functions are pure
/// string work; the ones that read files or render templates are left to the evaluator, which knows the module
/// directory and the workspace root, so here they are unknown.
/// </summary>
internal static class FilesystemFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("basename", 1, 1, a => TerraformValue.String(BaseName(a.String(0))));
        add("dirname", 1, 1, a => TerraformValue.String(DirName(a.String(0))));
        add("abspath", 1, 1, null);
        add("pathexpand", 1, 1, null);
        foreach (var name in new[]
        {
            "file", "fileexists", "fileset", "filebase64", "filemd5", "filesha1", "filesha256", "filesha512",
            "filebase64sha256", "filebase64sha512", "templatefile", "templatestring",
        })
        {
            add(name, 1, name is "fileset" or "templatefile" or "templatestring" ? 2 : 1, null);
        }
    }

    // Go's filepath.Base and filepath.Dir on a Unix-style path.
    private static string BaseName(string path)
    {
        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
        {
            return path.Length == 0 ? "." : "/";
        }

        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    private static string DirName(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return ".";
        }

        var directory = path[..slash].TrimEnd('/');
        return directory.Length == 0 ? "/" : directory;
    }
}

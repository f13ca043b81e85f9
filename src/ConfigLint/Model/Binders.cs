using ConfigLint.Model.Compose;
using ConfigLint.Model.Dotenv;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Model.Linking;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Model;

/// <summary>The bind and link steps of a run, in the order they run: file nodes, each format, then cross-format links.</summary>
public static class Binders
{
    /// <summary>The built-in steps.</summary>
    public static IReadOnlyList<IBinder> Default { get; } =
    [
        new ComposeContextLoader(),
        new TerraformModuleLoader(),
        new FileBinder(),
        new DotenvBinder(),
        new ComposeBinder(),
        new KubernetesBinder(),
        new TerraformBinder(),
        new ImageLinker(),
        new GitRepositoryBinder(),
    ];
}

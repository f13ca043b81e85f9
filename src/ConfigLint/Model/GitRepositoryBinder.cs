using ConfigLint.Workspaces;

namespace ConfigLint.Model;

/// <summary>Registers the <see cref="GitRepository"/> the workspace lies in, when there is one.</summary>
public sealed class GitRepositoryBinder : IBinder
{
    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        if (context.WorkspaceRoot.Length > 0 && GitRepository.Find(context.WorkspaceRoot) is { } repository)
        {
            builder.SetModel(repository);
        }
    }
}

using ConfigLint.Syntax;

namespace ConfigLint.Model;

/// <summary>What binders may use beyond the parsed files: settings and a way to load files outside the discovered set.</summary>
public sealed class BindingContext
{
    private readonly Func<string, SyntaxTree?> _loadFile;

    /// <summary>Creates a context.</summary>
    public BindingContext(string workspaceRoot, BindingSettings settings, Func<string, SyntaxTree?> loadFile, CancellationToken cancellationToken = default)
    {
        WorkspaceRoot = workspaceRoot;
        Settings = settings;
        _loadFile = loadFile;
        CancellationToken = cancellationToken;
    }

    /// <summary>Absolute path of the workspace root.</summary>
    public string WorkspaceRoot { get; }

    /// <summary>Settings from the command line and configuration.</summary>
    public BindingSettings Settings { get; }

    /// <summary>How many threads a binder may use for work that is independent per module or file (at least 1).</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>Stop early when cancelled.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Reads and parses a workspace-relative path that discovery did not include (for example a local
    /// module's directory); null when it does not exist, is outside the root or is not a recognised format.
    /// The caller adds the tree to the builder.
    /// </summary>
    public SyntaxTree? LoadFile(string relativePath) => _loadFile(relativePath);
}

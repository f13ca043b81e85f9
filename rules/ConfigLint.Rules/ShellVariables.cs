using System.Collections.Frozen;

namespace ConfigLint.Rules;

/// <summary>Variables every shell and process has, which references may use without defining them anywhere.</summary>
public static class ShellVariables
{
    /// <summary>The names.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
        ["HOME", "PATH", "USER", "LOGNAME", "PWD", "SHELL", "HOSTNAME", "LANG", "TERM", "TMPDIR", "TZ", "UID", "GID"],
        StringComparer.Ordinal);
}

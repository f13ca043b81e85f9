using ConfigLint.Model.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// A variable the service's container gets, with provenance: the <c>environment</c> entry or the <c>env_file</c> line
/// that set it last. <see cref="Value"/> is interpolated; null means the key is listed without a value (Compose then
/// takes it from the shell, or leaves it unset).
/// </summary>
public sealed record ComposeEnvironmentVariable(string Name, string? Value, Location NameLocation, Location ValueLocation, ComposeEnvironmentSource Source)
{
    /// <summary>The env file that supplied the value, for <see cref="ComposeEnvironmentSource.EnvFile"/>.</summary>
    public ComposeEnvFile? EnvFile { get; init; }

    /// <summary>The dotenv entry that supplied the value, for <see cref="ComposeEnvironmentSource.EnvFile"/>.</summary>
    public DotenvEntryNode? Entry { get; init; }

    /// <summary>The value as a property-tree value (interpolated expression or scalar), for <see cref="ComposeEnvironmentSource.Environment"/>.</summary>
    public ConfigValue? RawValue { get; init; }
}

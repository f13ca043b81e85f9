using ConfigLint.Text;

namespace ConfigLint.Configuration;

/// <summary>A problem with configuration or command-line input, with where it is (exit code 2).</summary>
public sealed record ConfigurationError(Location Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Location.IsNone ? Message : $"{Location}: {Message}";
}

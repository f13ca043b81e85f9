using System.Collections.Immutable;

namespace ConfigLint.Configuration;

/// <summary>Thrown when configuration is invalid; the run stops before analysing anything.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception from one or more errors.</summary>
    public ConfigurationException(IEnumerable<ConfigurationError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = [.. errors];
    }

    /// <summary>Creates the exception from a single error.</summary>
    public ConfigurationException(ConfigurationError error)
        : this([error])
    {
    }

    /// <summary>Every error found.</summary>
    public ImmutableArray<ConfigurationError> Errors { get; }
}

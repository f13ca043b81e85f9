namespace ConfigLint.Model.Compose;

/// <summary>Where a service's environment variable comes from.</summary>
public enum ComposeEnvironmentSource
{
    /// <summary>The service's <c>environment</c> (list or map).</summary>
    Environment,

    /// <summary>One of the service's <c>env_file</c> files.</summary>
    EnvFile,
}

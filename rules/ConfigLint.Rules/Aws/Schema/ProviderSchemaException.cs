namespace ConfigLint.Rules.Aws.Schema;

/// <summary>A provider schema file that cannot be used; the message names the file and what is wrong.</summary>
public sealed class ProviderSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProviderSchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ProviderSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public ProviderSchemaException()
    {
    }
}

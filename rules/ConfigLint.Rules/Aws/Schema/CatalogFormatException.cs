namespace ConfigLint.Rules.Aws.Schema;

/// <summary>A catalog stream that is not in the format the generator writes (truncated, wrong magic or version).</summary>
public sealed class CatalogFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public CatalogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public CatalogFormatException()
    {
    }
}

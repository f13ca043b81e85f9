namespace ConfigLint.Model;

/// <summary>
/// A container image reference, <c>[registry/]repository[:tag][@digest]</c>, split the way Docker does: the first
/// path component is a registry only when it has a dot or a port or is <c>localhost</c>.
/// </summary>
public sealed record ImageReference(string Text, string? Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The repository with its registry, without tag or digest (<c>ghcr.io/acme/api</c>).</summary>
    public string Name => Registry is null ? Repository : Registry + "/" + Repository;

    /// <summary>The last path component (<c>python</c> for <c>docker.io/library/python:3.11</c>).</summary>
    public string ShortName => Repository[(Repository.LastIndexOf('/') + 1)..];

    /// <summary>True when neither tag nor digest pins the image, so <c>latest</c> is pulled.</summary>
    public bool IsUnpinned => Digest is null && (Tag is null || Tag == "latest");

    /// <summary>True for Docker Hub's official images (<c>python</c>, <c>library/python</c>, <c>docker.io/library/python</c>).</summary>
    public bool IsOfficialImage =>
        (Registry is null or "docker.io" or "index.docker.io" or "registry-1.docker.io")
        && (!Repository.Contains('/') || Repository.StartsWith("library/", StringComparison.Ordinal) && Repository.IndexOf('/', 8) < 0);

    /// <summary>Parses a reference; null for an empty text or one with blanks (not an image reference).</summary>
    public static ImageReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.AsSpan().IndexOfAny(" \t\r\n") >= 0)
        {
            return null;
        }

        var rest = text;
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }

        string? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }

        string? registry = null;
        var slash = rest.IndexOf('/');
        if (slash > 0)
        {
            var first = rest[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                registry = first;
                rest = rest[(slash + 1)..];
            }
        }

        return rest.Length == 0 ? null : new ImageReference(text, registry, rest, tag is { Length: > 0 } ? tag : null, digest is { Length: > 0 } ? digest : null);
    }
}

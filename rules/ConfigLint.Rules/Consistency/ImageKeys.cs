using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency;

/// <summary>One key per image repository however it is written: <c>acme/api</c>, <c>docker.io/acme/api</c> and <c>index.docker.io/acme/api</c> are the same.</summary>
internal static class ImageKeys
{
    /// <summary>The repository without tag or digest, with Docker Hub's registry names and its <c>library/</c> prefix removed.</summary>
    public static string Of(ImageReference image)
    {
        var repository = image.Repository;
        var isHub = image.Registry is null or "docker.io" or "index.docker.io" or "registry-1.docker.io";
        if (!isHub)
        {
            return image.Registry + "/" + repository;
        }

        return repository.StartsWith("library/", StringComparison.Ordinal) ? repository["library/".Length..] : repository;
    }
}

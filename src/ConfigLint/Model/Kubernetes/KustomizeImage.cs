using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A kustomization <c>images:</c> entry: which image <see cref="Name"/> it rewrites, and to what.</summary>
public sealed record KustomizeImage(string Name, string? NewName, string? NewTag, string? Digest, Location Location)
{
    /// <summary>Applies the entry to an image reference when its name matches; null when it does not.</summary>
    public string? Apply(ImageReference image)
    {
        if (image.Name != Name && image.Repository != Name)
        {
            return null;
        }

        var name = NewName ?? image.Name;
        if (Digest is not null)
        {
            return $"{name}@{Digest}";
        }

        var tag = NewTag ?? image.Tag;
        var digest = NewTag is null ? image.Digest : null;
        return name + (tag is null ? string.Empty : ":" + tag) + (digest is null ? string.Empty : "@" + digest);
    }
}

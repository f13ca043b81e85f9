using System.Collections.Frozen;
using ConfigLint.Model;

namespace ConfigLint.Rules.Kubernetes;

/// <summary>The language, toolchain and OS base images of <c>rules/data/generic-base-images.txt</c>, whose default command exits at once.</summary>
public static class GenericBaseImages
{
    private static readonly FrozenDictionary<string, string[]> Images = Load();

    /// <summary>True when <paramref name="image"/> is one of them (an official image, not one of its server tags).</summary>
    public static bool IsGeneric(ImageReference image)
    {
        if (!image.IsOfficialImage || !Images.TryGetValue(image.ShortName, out var serverTags))
        {
            return false;
        }

        return image.Tag is not { } tag || !serverTags.Any(fragment => tag.Contains(fragment, StringComparison.Ordinal));
    }

    private static FrozenDictionary<string, string[]> Load()
    {
        using var stream = typeof(GenericBaseImages).Assembly.GetManifestResourceStream("ConfigLint.Rules.data.generic-base-images.txt")
            ?? throw new InvalidOperationException("generic-base-images.txt is not embedded in ConfigLint.Rules");
        using var reader = new StreamReader(stream);
        var images = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var except = parts.Skip(1).FirstOrDefault(p => p.StartsWith("except:", StringComparison.Ordinal));
            images[parts[0]] = except is null ? [] : except["except:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries);
        }

        return images.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

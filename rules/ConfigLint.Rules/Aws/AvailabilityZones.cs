using System.Collections.Frozen;

namespace ConfigLint.Rules.Aws;

/// <summary>Availability Zone names: how a zone name relates to its region, and the zone letters of the regions in <c>rules/data/aws/availability-zones.txt</c>.</summary>
internal static class AvailabilityZones
{
    private const string ResourceName = "ConfigLint.Rules.data.aws.availability-zones.txt";
    private static readonly Lazy<FrozenDictionary<string, string>> Letters = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The region of a standard zone name (<c>us-west-2</c> for <c>us-west-2d</c>), or null for anything else
    /// (Local Zones such as <c>us-west-2-lax-1a</c>, Wavelength Zones, zone ids, typos without a letter).
    /// </summary>
    public static string? RegionOfZone(string zone)
    {
        if (zone.Length < 4 || !char.IsAsciiLetterLower(zone[^1]) || !char.IsAsciiDigit(zone[^2]))
        {
            return null;
        }

        var region = zone[..^1];
        var parts = region.Split('-');
        // Only the last part is a number: us-gov-west-1, not the Local Zone group us-west-2-lax-1.
        return parts.Length >= 3 && parts.All(p => p.Length > 0) && parts[0].All(char.IsAsciiLetterLower) && parts[^1].All(char.IsAsciiDigit)
            && !parts[..^1].Any(p => p.All(char.IsAsciiDigit))
            ? region
            : null;
    }

    /// <summary>Whether a zone name looks like one of AWS's (standard, Local or Wavelength), for telling hard-coded zones from other strings.</summary>
    public static bool LooksLikeZone(string text) =>
        RegionOfZone(text) is not null || (text.Count(c => c == '-') >= 3 && char.IsAsciiLetterLower(text[^1]) && text.Split('-')[0].Length == 2);

    /// <summary>The zone letters of a region (<c>"abcd"</c>), or null when the data does not list it.</summary>
    public static string? LettersOf(string region) => Letters.Value.GetValueOrDefault(region);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(AvailabilityZones).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the built-in zone list '{ResourceName}' is missing");
        using var reader = new StreamReader(stream);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            result[parts[0]] = string.Concat(parts.Skip(1));
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>
/// An ordered set of properties. Names may repeat (a Terraform body with two <c>rule</c> blocks):
/// <see cref="Get"/> returns the first, <see cref="GetAll"/> every one.
/// </summary>
public sealed class ConfigObject(Location location, ImmutableArray<ConfigProperty> properties) : ConfigValue(location)
{
    /// <summary>The properties in source order.</summary>
    public ImmutableArray<ConfigProperty> Properties { get; } = properties;

    /// <summary>The first property named <paramref name="name"/>, or null.</summary>
    public ConfigProperty? GetProperty(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The value of the first property named <paramref name="name"/>, or null.</summary>
    public ConfigValue? Get(string name) => GetProperty(name)?.Value;

    /// <summary>Every property named <paramref name="name"/>, in order.</summary>
    public IEnumerable<ConfigProperty> GetAll(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                yield return property;
            }
        }
    }

    /// <summary>True when a property with that name exists.</summary>
    public bool Contains(string name) => GetProperty(name) is not null;

    /// <summary>The text of a scalar property, or null when absent or not a scalar.</summary>
    public string? GetString(string name) => (Get(name) as ConfigScalar)?.Text;
}

using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>
/// The uniform property tree every format binds into: objects, lists, scalars and (for Terraform)
/// expressions that need evaluating. Every value knows where it is.
/// </summary>
public abstract class ConfigValue(Location location)
{
    /// <summary>Where the value is written.</summary>
    public Location Location { get; } = location;
}

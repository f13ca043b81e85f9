using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>A named member of a <see cref="ConfigObject"/>: its key, where the key is, and its value.</summary>
public sealed record ConfigProperty(string Name, Location NameLocation, ConfigValue Value)
{
    /// <summary>From the start of the key to the end of the value: the whole argument, as rules usually report it.</summary>
    public Location Location
    {
        get
        {
            var value = Value.Location;
            if (NameLocation.IsNone || value.Path != NameLocation.Path || value.Span.End <= NameLocation.Span.End)
            {
                return NameLocation;
            }

            return NameLocation with
            {
                Span = TextSpan.FromBounds(NameLocation.Span.Start, value.Span.End),
                LineSpan = new LinePositionSpan(NameLocation.LineSpan.Start, value.LineSpan.End),
            };
        }
    }
}

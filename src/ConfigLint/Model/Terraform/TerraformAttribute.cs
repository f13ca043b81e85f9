using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary><c>name = expression</c> in a body of either syntax.</summary>
public sealed record TerraformAttribute(string Name, Location NameLocation, TerraformExpression Expression)
{
    /// <summary>From the name to the end of the value: the whole argument, as rules report it.</summary>
    public Location Location
    {
        get
        {
            var value = Expression.Location;
            if (value.Path != NameLocation.Path || value.Span.End <= NameLocation.Span.End)
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

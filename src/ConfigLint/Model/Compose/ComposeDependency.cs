using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>A <c>depends_on</c> entry, short or long syntax.</summary>
public sealed record ComposeDependency(string Service, Location Location, string Condition, bool Required);

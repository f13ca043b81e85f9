using ConfigLint.Text;

namespace ConfigLint.Diagnostics;

/// <summary>Another place that takes part in a finding (the other side of a drift, the variable default that supplied a value).</summary>
public sealed record RelatedLocation(Location Location, string Message);

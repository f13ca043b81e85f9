using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>A name a service lists (a network, secret, config or profile) and where it is written.</summary>
public sealed record ComposeName(string Name, Location Location);

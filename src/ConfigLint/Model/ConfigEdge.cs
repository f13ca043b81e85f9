using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>A directed relation between two nodes, located at the expression or key that made it.</summary>
public sealed record ConfigEdge(ConfigNode From, ConfigNode To, EdgeKind Kind, Location Location);

using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>An edge of the dependency graph and the reference that makes it.</summary>
internal readonly record struct DependencyEdge(DependencyVertex To, Location At);

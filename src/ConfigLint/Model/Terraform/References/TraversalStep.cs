using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Model.Terraform.References;

/// <summary>One step of a traversal: <c>.name</c> (<see cref="Name"/>), <c>[key]</c> (<see cref="Key"/>, or <see cref="Name"/> for <c>.0</c>) or a splat; <see cref="Node"/> ends with it.</summary>
internal readonly record struct TraversalStep(TraversalStepKind Kind, string? Name, HclExpression? Key, HclExpression Node);

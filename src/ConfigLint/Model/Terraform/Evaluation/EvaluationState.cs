using ConfigLint.Model.Terraform.Values;
namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// The bookkeeping of one evaluation: which named values are being computed (a second request for one of them is a
/// cycle, and its answer is unknown), how deep the chain of named values is, and whether a cycle was met. A value
/// computed while a cycle was met depends on where the evaluation entered the cycle, so it is not cached.
/// </summary>
internal sealed class EvaluationState
{
    public const int MaxDepth = 128;

    public HashSet<string> InProgress { get; } = new(StringComparer.Ordinal);

    public int Depth { get; set; }

    public bool MetCycle { get; set; }

    private long _iterations;

    /// <summary>Counts one <c>for</c> iteration (expression or template directive); true once past <see cref="ValueLimits.MaxIterations"/>.</summary>
    public bool CountIteration() => ++_iterations > ValueLimits.MaxIterations;
}

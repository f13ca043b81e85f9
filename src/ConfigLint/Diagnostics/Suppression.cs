using ConfigLint.Text;

namespace ConfigLint.Diagnostics;

/// <summary>Why a finding is not counted: an in-source comment or a baseline entry, with its justification.</summary>
public sealed record Suppression(SuppressionKind Kind, string? Justification, Location? Location);

/// <summary>Where a suppression came from; maps to SARIF <c>suppression.kind</c>.</summary>
public enum SuppressionKind
{
    /// <summary>A <c>configlint-disable</c> comment in the file.</summary>
    InSource,

    /// <summary>A baseline file given on the command line.</summary>
    External,
}

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>One parameter of a DB parameter group family, as <c>describe-engine-default-parameters</c> lists it.</summary>
/// <param name="Name">The parameter name (<c>shared_buffers</c>).</param>
/// <param name="ApplyType">Whether a change needs a reboot.</param>
/// <param name="DataType">integer, float, boolean, string or list; null when not recorded.</param>
/// <param name="AllowedValues">The values RDS accepts, parsed from <c>AllowedValues</c>; null when not recorded.</param>
/// <param name="Unit">The unit numbers are in (<c>8kB</c>, <c>ms</c>); null when not recorded.</param>
/// <param name="IsModifiable">False when RDS does not let a parameter group change it; null when not recorded.</param>
public sealed record RdsParameter(string Name, RdsApplyType ApplyType, string? DataType, RdsAllowedValues? AllowedValues, string? Unit, bool? IsModifiable);

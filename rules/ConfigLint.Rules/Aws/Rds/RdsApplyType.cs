namespace ConfigLint.Rules.Aws.Rds;

/// <summary>When a change to an RDS parameter takes effect (<c>ApplyType</c> in <c>describe-db-parameters</c>).</summary>
public enum RdsApplyType
{
    /// <summary>Not recorded: the data does not say.</summary>
    Unknown,

    /// <summary>Applies while the database runs; <c>apply_method</c> may be <c>immediate</c>.</summary>
    Dynamic,

    /// <summary>Applies at the next reboot only; RDS rejects <c>apply_method = "immediate"</c>.</summary>
    Static,
}

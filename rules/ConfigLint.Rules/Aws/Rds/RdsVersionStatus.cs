namespace ConfigLint.Rules.Aws.Rds;

/// <summary>Whether RDS lets new databases use an engine version (<c>Status</c> in <c>describe-db-engine-versions</c>).</summary>
public enum RdsVersionStatus
{
    /// <summary>Offered: new instances and clusters can use it.</summary>
    Available,

    /// <summary>Listed with <c>--include-all</c> only: existing databases may run it, new ones cannot be created with it.</summary>
    Deprecated,

    /// <summary>The source did not say (treated as offered).</summary>
    Unknown,
}

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>One engine version RDS has had, as <c>describe-db-engine-versions</c> lists it.</summary>
/// <param name="Engine">The engine: <c>postgres</c>, <c>mysql</c>, <c>mariadb</c>, <c>aurora-postgresql</c>, <c>aurora-mysql</c>, …</param>
/// <param name="Version">The engine version: <c>15.14</c>, <c>8.0.mysql_aurora.3.08.0</c>.</param>
/// <param name="Major">The major version it belongs to: <c>15</c>, <c>8.0</c>, <c>10.11</c>.</param>
/// <param name="Family">The parameter group family (<c>postgres15</c>), or null when not given.</param>
/// <param name="Status">Whether new databases can use it.</param>
public sealed record RdsEngineVersion(string Engine, string Version, string Major, string? Family, RdsVersionStatus Status)
{
    /// <summary>Whether new databases can be created with it (unknown status counts as offered).</summary>
    public bool IsOffered => Status != RdsVersionStatus.Deprecated;
}

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// A type or member missing from the selected catalog but present in another major line of the same provider,
/// e.g. <c>aws_flow_log.log_group_name</c> (in 5.x, removed in 6.0).
/// </summary>
/// <param name="Catalog">The other line's catalog.</param>
/// <param name="Selected">The selected catalog, which lacks it.</param>
/// <param name="Member">The member found there; null when the match is a whole type.</param>
public sealed record OtherLineMatch(ProviderCatalog Catalog, ProviderCatalog Selected, SchemaMember? Member)
{
    /// <summary>True when the other line is older: the name was removed by the selected line's major version.</summary>
    public bool IsRemoved => Catalog.Version?.Major < Selected.Version?.Major;

    /// <summary>True when the other line is newer: the name arrives with that major version.</summary>
    public bool IsAdded => Catalog.Version?.Major > Selected.Version?.Major;

    /// <summary>A short phrase for messages: <c>removed in 6.0</c>, <c>added in 6.0</c>, or <c>present in 5.100.0</c>.</summary>
    public string Describe() =>
        IsRemoved ? $"removed in {Selected.Version!.Value.Major}.0"
        : IsAdded ? $"added in {Catalog.Version!.Value.Major}.0"
        : $"present in {Catalog.Version?.ToString() ?? Catalog.Source}";
}

namespace ConfigLint.Syntax.Yaml;

/// <summary>A key and its value in a mapping.</summary>
public sealed record YamlMappingEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key's text when the key is a scalar (the usual case), else null.</summary>
    public string? KeyText => (Key as YamlScalar)?.Value;

    /// <summary>True for a merge key: a plain <c>&lt;&lt;</c> (or one tagged <c>!!merge</c>).</summary>
    public bool IsMerge => Key is YamlScalar { Value: "<<" } scalar
        && (scalar.IsPlainUntagged || scalar.Tag == YamlLimits.MergeTag);
}

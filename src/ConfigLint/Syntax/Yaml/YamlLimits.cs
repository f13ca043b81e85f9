namespace ConfigLint.Syntax.Yaml;

/// <summary>The bounds the YAML parser enforces on untrusted input, and small helpers shared by the node types.</summary>
internal static class YamlLimits
{
    /// <summary>
    /// How many nodes alias and merge-key expansion may add to one file. Real Compose and Kubernetes files add a few
    /// hundred; a "billion laughs" file adds billions. Past the limit aliases resolve to nothing and CL0001 is reported.
    /// </summary>
    public const long MaxAliasExpansion = 100_000;

    /// <summary>How deeply collections may nest; deeper content is skipped with a CL0001.</summary>
    public const int MaxDepth = 128;

    /// <summary>
    /// How many documents one stream may hold. Generated bundles of manifests have hundreds; a stream of millions of
    /// empty documents (<c>---</c> lines) would only cost memory. Past the limit the rest of the file is not read.
    /// </summary>
    public const int MaxDocuments = 10_000;

    /// <summary>The tag of a merge key written as <c>!!merge &lt;&lt;</c>.</summary>
    public const string MergeTag = "tag:yaml.org,2002:merge";

    public static long AddSaturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}

using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>
/// A ConfigMap or Secret key with its value: ConfigMap <c>data</c>, Secret <c>stringData</c> as written, Secret
/// <c>data</c> base64-decoded (null when it is not valid base64 or not UTF-8 text).
/// </summary>
public sealed record KubernetesDataEntry(string Key, Location KeyLocation, string? Value, Location ValueLocation, bool IsBase64)
{
    /// <summary>For base64 data: false when the text is not valid base64 (the API server rejects it).</summary>
    public bool IsValidBase64 { get; init; } = true;
}

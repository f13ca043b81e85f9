using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>A service's <c>volumes</c> entry, short (<c>src:target[:mode]</c>) or long syntax.</summary>
public sealed record ComposeVolumeMount(string? Source, string Target, string Type, bool ReadOnly, Location Location)
{
    /// <summary>True for a host path (<c>./data</c>, <c>/var/run/docker.sock</c>, <c>~/x</c>) rather than a named volume.</summary>
    public bool IsBind => Type == "bind";
}

using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Json;

/// <summary>A block read from JSON: its type, its labels (the nested object keys) and its body.</summary>
public sealed record TerraformJsonBlock(string Type, TextSpan TypeSpan, ImmutableArray<TerraformJsonMember> Labels, TerraformJsonBody Body)
{
    /// <summary>The label values.</summary>
    public IEnumerable<string> LabelValues => Labels.Select(l => l.Name);
}

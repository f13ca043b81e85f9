namespace ConfigLint.Syntax.Json;

/// <summary>
/// A body in Terraform's JSON syntax. JSON does not say which properties are blocks: the reader decides, as
/// Terraform does from its schema, by asking for blocks of a type with a number of labels
/// (<c>GetBlocks("resource", 2)</c>); every other property is an attribute.
/// </summary>
public sealed class TerraformJsonBody
{
    internal TerraformJsonBody(TerraformJsonValue value) => Value = value;

    /// <summary>The JSON object of the body.</summary>
    public TerraformJsonValue Value { get; }

    /// <summary>Every property, as attributes: name and value.</summary>
    public IEnumerable<TerraformJsonMember> Attributes => Value.Members.Where(m => m.Name != "//");

    /// <summary>The attribute with the name, or null.</summary>
    public TerraformJsonMember? GetAttribute(string name) => Value.GetMember(name);

    /// <summary>
    /// The blocks of <paramref name="type"/> with <paramref name="labelCount"/> labels: each label level is an object whose
    /// keys are the labels, and any level may be an array of such objects (HCL's JSON rules).
    /// </summary>
    public IEnumerable<TerraformJsonBlock> GetBlocks(string type, int labelCount)
    {
        foreach (var member in Value.Members)
        {
            if (member.Name != type)
            {
                continue;
            }

            foreach (var block in Expand(member, member.Value, labelCount, []))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<TerraformJsonBlock> Expand(TerraformJsonMember type, TerraformJsonValue value, int labelsLeft, List<TerraformJsonMember> labels)
    {
        if (value.Kind == TerraformJsonValueKind.Array)
        {
            foreach (var item in value.Items)
            {
                foreach (var block in Expand(type, item, labelsLeft, labels))
                {
                    yield return block;
                }
            }

            yield break;
        }

        if (value.Kind != TerraformJsonValueKind.Object)
        {
            yield break;
        }

        if (labelsLeft == 0)
        {
            yield return new TerraformJsonBlock(type.Name, type.NameSpan, [.. labels], new TerraformJsonBody(value));
            yield break;
        }

        foreach (var member in value.Members)
        {
            labels.Add(member);
            foreach (var block in Expand(type, member.Value, labelsLeft - 1, labels))
            {
                yield return block;
            }

            labels.RemoveAt(labels.Count - 1);
        }
    }
}

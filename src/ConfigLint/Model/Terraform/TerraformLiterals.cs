using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;

namespace ConfigLint.Model.Terraform;

/// <summary>Reads literal meta-arguments (<c>sensitive = true</c>) without evaluating.</summary>
internal static class TerraformLiterals
{
    public static bool IsTrue(TerraformAttribute? attribute) => Literal(attribute) == "true";

    public static bool IsFalse(TerraformAttribute? attribute) => Literal(attribute) == "false";

    private static string? Literal(TerraformAttribute? attribute) => attribute?.Expression switch
    {
        { Json: { Kind: TerraformJsonValueKind.Boolean } json } => json.SourceText,
        { Json: { Kind: TerraformJsonValueKind.String } json } => json.StringValue,
        { Syntax: { Kind: HclSyntaxKind.Literal } literal } => literal.LiteralText,
        { } other when other.TryGetStaticString(out var text) => text,
        _ => null,
    };
}

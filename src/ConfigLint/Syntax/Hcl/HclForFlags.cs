namespace ConfigLint.Syntax.Hcl;

/// <summary>What a <see cref="HclSyntaxKind.For"/> expression has, kept in its node's flags.</summary>
internal static class HclForFlags
{
    public const byte Object = 1;
    public const byte KeyVariable = 2;
    public const byte KeyExpression = 4;
    public const byte Group = 8;
    public const byte Condition = 16;
}

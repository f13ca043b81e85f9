using ConfigLint.Text;

namespace ConfigLint.Syntax.Json;

/// <summary>One property of a JSON object: its name, where the name is (quotes included), and its value.</summary>
public sealed record TerraformJsonMember(string Name, TextSpan NameSpan, TerraformJsonValue Value);

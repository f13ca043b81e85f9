using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Values;

/// <summary>
/// A place a value came from, other than the expression that uses it: the variable default, the tfvars line or the
/// local that supplied it. Rules list origins as related locations ("engine_version comes from this default").
/// </summary>
public sealed record ValueOrigin(Location Location, string Description);

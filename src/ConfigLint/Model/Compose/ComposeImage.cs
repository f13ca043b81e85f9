using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>A service's <c>image</c>: the interpolated reference, where it is written, and its parts.</summary>
public sealed record ComposeImage(string Reference, Location Location, ImageReference? Parsed, bool IsUnresolved);

namespace ConfigLint.Rules.Aws;

/// <summary>
/// Why a text is not a public key EC2 imports: <see cref="Placeholder"/> when it was never a key (empty, elided,
/// "REPLACE_ME"), <see cref="IsUnsupportedType"/> for a well-formed key of a type EC2 does not import,
/// <see cref="IsPrivateKey"/> when the text is a private key, which must not be shown.
/// </summary>
internal sealed record KeyProblem(string Reason, bool Placeholder, bool IsUnsupportedType = false, bool IsPrivateKey = false);

using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// Reads the text EC2 takes as public key material: an OpenSSH <c>authorized_keys</c> line (<c>type base64 [comment]</c>),
/// whose base64 is the key blob of RFC 4253 §6.6 (the type again as a length-prefixed string, then the key's fields),
/// RFC 5656 for ECDSA and OpenSSH's PROTOCOL.u2f for security keys. RFC 4716 and base64 DER keys, which EC2 also
/// accepts, are left alone.
/// </summary>
internal static class OpenSshPublicKeys
{
    // The fields after the type string, per type: 's' a string, 'm' an mpint, 'c' the curve name, 'k' a 32-byte
    // Ed25519 key, 'p' an uncompressed curve point of the curve's size.
    private static readonly FrozenDictionary<string, string> Layouts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ssh-rsa"] = "mm",
        ["ssh-ed25519"] = "k",
        ["ssh-dss"] = "mmmm",
        ["ecdsa-sha2-nistp256"] = "cp",
        ["ecdsa-sha2-nistp384"] = "cp",
        ["ecdsa-sha2-nistp521"] = "cp",
        ["sk-ssh-ed25519@openssh.com"] = "ks",
        ["sk-ecdsa-sha2-nistp256@openssh.com"] = "cps",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What is wrong with <paramref name="text"/> as a public key, or null when EC2 can import it (or it is in a format not checked here).</summary>
    public static KeyProblem? Check(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new KeyProblem("it is empty", Placeholder: true);
        }

        if (trimmed.StartsWith("---- BEGIN SSH2 PUBLIC KEY", StringComparison.Ordinal))
        {
            return null;
        }

        if (trimmed.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return trimmed.Contains("PRIVATE KEY", StringComparison.Ordinal)
                ? new KeyProblem("it is a private key, which must never be in the configuration (rotate it now); public_key takes the .pub line", Placeholder: false, IsPrivateKey: true)
                : new KeyProblem("it is a PEM block, not an OpenSSH public key line", Placeholder: false);
        }

        var parts = trimmed.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        var type = parts[0];
        if (!Layouts.ContainsKey(type))
        {
            if (TryDecode(string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c)))) is { Length: > 0 } der && der[0] == 0x30)
            {
                return null;
            }

            if (type.EndsWith("-cert-v01@openssh.com", StringComparison.Ordinal))
            {
                return new KeyProblem($"it is an OpenSSH certificate ({type}), not a public key", Placeholder: false);
            }

            return LooksLikeKeyType(type)
                ? new KeyProblem($"'{type}' is not an OpenSSH key type (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, …)", Placeholder: false)
                : new KeyProblem("it does not start with a key type such as ssh-ed25519 or ssh-rsa", Placeholder: IsPlaceholderText(trimmed));
        }

        if (parts.Length < 2)
        {
            return new KeyProblem($"there is no key data after '{type}'", Placeholder: true);
        }

        // Real base64 may hold any word, so placeholder markers count only in data that does not decode.
        var data = parts[1];
        if (TryDecode(data) is not { } blob)
        {
            if (data.Contains("...", StringComparison.Ordinal) || data.Contains('…', StringComparison.Ordinal) || IsPlaceholderText(data))
            {
                return new KeyProblem($"the key data '{Shorten(data)}' is a placeholder, not base64", Placeholder: true);
            }

            return data.Length % 4 != 0 && data.All(IsBase64Char)
                ? new KeyProblem($"the base64 key data is cut short ({data.Length} characters, not a whole number of 4-character groups)", Placeholder: false)
                : new KeyProblem("the key data is not base64", Placeholder: false);
        }

        var reader = new BlobReader(blob);
        if (reader.ReadString() is not { } inner)
        {
            return new KeyProblem("the key data is cut short: it does not even hold the key type", Placeholder: false);
        }

        var innerType = Encoding.ASCII.GetString(inner);
        if (innerType != type)
        {
            return new KeyProblem(Layouts.ContainsKey(innerType) ? $"the line says '{type}' but the key data holds a key of type '{innerType}'" : $"the line says '{type}' but the key data is not an OpenSSH key", Placeholder: false);
        }

        foreach (var field in Layouts[type])
        {
            var value = reader.ReadString();
            if (value is null)
            {
                return new KeyProblem("the key data is cut short (truncated when it was copied)", Placeholder: false);
            }

            switch (field)
            {
                case 'k' when value.Length != 32:
                    return new KeyProblem($"the Ed25519 key is {value.Length} bytes, not 32", Placeholder: false);
                case 'c' when Encoding.ASCII.GetString(value) != CurveOf(type):
                    return new KeyProblem($"the key data names curve '{Encoding.ASCII.GetString(value)}', not {CurveOf(type)}", Placeholder: false);
                case 'p' when value.Length != PointLength(type) || value[0] != 0x04:
                    return new KeyProblem("the curve point is not a valid uncompressed point for the curve", Placeholder: false);
            }
        }

        if (!reader.AtEnd)
        {
            return new KeyProblem("the key data has bytes after the key (two keys pasted together, or a corrupted copy)", Placeholder: false);
        }

        return type is "ssh-rsa" or "ssh-ed25519"
            ? null
            : new KeyProblem($"it is a well-formed {type} key, but EC2 imports only RSA and ED25519 keys", Placeholder: false, IsUnsupportedType: true);
    }

    /// <summary>A short form of a key for messages: the type and the start of the data.</summary>
    public static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 32 ? trimmed : trimmed[..28] + "…";
    }

    private static bool LooksLikeKeyType(string type) =>
        type.StartsWith("ssh-", StringComparison.Ordinal) || type.StartsWith("ecdsa-", StringComparison.Ordinal) || type.StartsWith("sk-", StringComparison.Ordinal);

    private static bool IsPlaceholderText(string text)
    {
        foreach (var marker in new[] { "REPLACE", "CHANGE", "TODO", "PLACEHOLDER", "YOUR", "EXAMPLE", "XXXX", "<", "INSERT", "PASTE" })
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBase64Char(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '=';

    private static byte[]? TryDecode(string data)
    {
        var buffer = new byte[data.Length];
        return Convert.TryFromBase64String(data, buffer, out var written) ? buffer[..written] : null;
    }

    private static string CurveOf(string type) => type.Contains("nistp384", StringComparison.Ordinal) ? "nistp384" : type.Contains("nistp521", StringComparison.Ordinal) ? "nistp521" : "nistp256";

    // 0x04 || X || Y, each coordinate the curve's size in bytes.
    private static int PointLength(string type) => CurveOf(type) switch
    {
        "nistp384" => 97,
        "nistp521" => 133,
        _ => 65,
    };

    private ref struct BlobReader(ReadOnlySpan<byte> blob)
    {
        private ReadOnlySpan<byte> _rest = blob;

        public readonly bool AtEnd => _rest.IsEmpty;

        public byte[]? ReadString()
        {
            if (_rest.Length < 4)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(_rest);
            if (length > (uint)(_rest.Length - 4))
            {
                return null;
            }

            var value = _rest.Slice(4, (int)length).ToArray();
            _rest = _rest[(4 + (int)length)..];
            return value;
        }
    }
}

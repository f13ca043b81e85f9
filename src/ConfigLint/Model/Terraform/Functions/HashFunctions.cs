using System.Security.Cryptography;
using System.Text;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>Hash and UUID functions (Terraform documentation, "Hash and Crypto Functions", read 2026-12).</summary>
internal static class HashFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("md5", 1, 1, a => Hex(MD5.HashData(Bytes(a))));
        add("sha1", 1, 1, a => Hex(SHA1.HashData(Bytes(a))));
        add("sha256", 1, 1, a => Hex(SHA256.HashData(Bytes(a))));
        add("sha512", 1, 1, a => Hex(SHA512.HashData(Bytes(a))));
        add("base64sha256", 1, 1, a => TerraformValue.String(Convert.ToBase64String(SHA256.HashData(Bytes(a)))));
        add("base64sha512", 1, 1, a => TerraformValue.String(Convert.ToBase64String(SHA512.HashData(Bytes(a)))));
        add("uuidv5", 2, 2, UuidV5);

        // Random or salted: only apply knows the result.
        add("uuid", 0, 0, null);
        add("bcrypt", 1, 2, null);
    }

    private static byte[] Bytes(FunctionArguments a) => Encoding.UTF8.GetBytes(a.String(0));

    private static TerraformValue Hex(byte[] hash) => TerraformValue.String(Convert.ToHexStringLower(hash));

    private static TerraformValue UuidV5(FunctionArguments a)
    {
        var space = a.String(0) switch
        {
            "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
            "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
            "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
            "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
            var other => other,
        };
        if (!Guid.TryParse(space, out var guid))
        {
            throw a.Invalid(0, "must be \"dns\", \"url\", \"oid\", \"x500\" or a UUID");
        }

        var input = guid.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(a.String(1))).ToArray();
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return TerraformValue.String(new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D"));
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// IP network functions (Terraform documentation, "IP Network Functions", read 2026-12): <c>cidrhost</c>,
/// <c>cidrnetmask</c>, <c>cidrsubnet</c>, <c>cidrsubnets</c>, for IPv4 and IPv6. Like Terraform, a prefix's
/// address is masked to its network before use.
/// </summary>
internal static class NetworkFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("cidrhost", 2, 2, CidrHost);
        add("cidrnetmask", 1, 1, CidrNetmask);
        add("cidrsubnet", 3, 3, CidrSubnet);
        add("cidrsubnets", 1, -1, CidrSubnets);
    }

    private static TerraformValue CidrHost(FunctionArguments a)
    {
        var network = Parse(a, 0);
        var hostBits = network.Bits - network.PrefixLength;
        var hostNumber = new BigInteger(a.Number(1));
        var hostCount = BigInteger.One << hostBits;
        if (hostNumber < 0)
        {
            hostNumber += hostCount;
        }

        if (hostNumber < 0 || hostNumber >= hostCount)
        {
            throw a.Fail($"prefix of {network.PrefixLength} does not accommodate a host numbered {a.Number(1).ToString(CultureInfo.InvariantCulture)}");
        }

        return TerraformValue.String(Format(network.Address + hostNumber, network.Family));
    }

    private static TerraformValue CidrNetmask(FunctionArguments a)
    {
        var network = Parse(a, 0);
        if (network.Family != AddressFamily.InterNetwork)
        {
            throw a.Fail("IPv6 addresses cannot have a netmask");
        }

        var mask = ((BigInteger.One << network.PrefixLength) - 1) << (32 - network.PrefixLength);
        return TerraformValue.String(Format(mask, AddressFamily.InterNetwork));
    }

    private static TerraformValue CidrSubnet(FunctionArguments a)
    {
        var network = Parse(a, 0);
        var newBits = a.Integer(1);
        var number = new BigInteger(a.Number(2));
        return TerraformValue.String(Subnet(a, network, newBits, number).ToString());
    }

    private static TerraformValue CidrSubnets(FunctionArguments a)
    {
        var network = Parse(a, 0);
        var results = new List<TerraformValue>();
        var next = network.Address;
        var end = network.Address + (BigInteger.One << (network.Bits - network.PrefixLength));
        for (var i = 1; i < a.Count; i++)
        {
            var newBits = a.Integer(i);
            var prefix = network.PrefixLength + newBits;
            if (newBits < 1 || prefix > network.Bits)
            {
                throw a.Invalid(i, $"would extend prefix to {prefix} bits, which is too long for an {(network.Family == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address");
            }

            var size = BigInteger.One << (network.Bits - prefix);
            var aligned = (next + size - 1) / size * size;
            if (aligned + size > end)
            {
                throw a.Invalid(i, $"not enough remaining address space for a subnet with a prefix of {prefix} bits after {Format(next - 1, network.Family)}");
            }

            results.Add(TerraformValue.String(new Network(aligned, prefix, network.Family).ToString()));
            next = aligned + size;
        }

        return TerraformValue.Tuple(results);
    }

    private static Network Subnet(FunctionArguments a, Network network, int newBits, BigInteger number)
    {
        var prefix = network.PrefixLength + newBits;
        if (newBits < 0 || prefix > network.Bits)
        {
            throw a.Fail($"insufficient address space to extend prefix of {network.PrefixLength} by {newBits}");
        }

        if (number < 0 || number >= BigInteger.One << newBits)
        {
            throw a.Fail($"prefix extension of {newBits} does not accommodate a subnet numbered {number}");
        }

        return new Network(network.Address + (number << (network.Bits - prefix)), prefix, network.Family);
    }

    /// <summary>Parses <c>address/prefix</c>; the address is masked to the network, as Go's ParseCIDR does.</summary>
    internal static bool TryParse(string text, out Network network)
    {
        network = default;
        var slash = text.IndexOf('/');
        if (slash < 0 || !IsStrictAddress(text.AsSpan(0, slash)) || !IPAddress.TryParse(text.AsSpan(0, slash), out var address)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || text.AsSpan(0, slash).Contains('%'))
        {
            return false;
        }

        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (prefix > bits)
        {
            return false;
        }

        var value = new BigInteger(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);
        var hostMask = (BigInteger.One << (bits - prefix)) - 1;
        network = new Network(value & ~hostMask & ((BigInteger.One << bits) - 1), prefix, address.AddressFamily);
        return true;
    }

    // .NET also accepts legacy IPv4 forms ("10.0.0", "010.1.1.1") that Go's parser, and so Terraform, rejects.
    private static bool IsStrictAddress(ReadOnlySpan<char> address)
    {
        if (address.Contains(':'))
        {
            return true;
        }

        var parts = 0;
        foreach (var range in address.Split('.'))
        {
            var part = address[range];
            if (part.IsEmpty || part.Length > 3 || part.Length > 1 && part[0] == '0'
                || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }

    private static Network Parse(FunctionArguments a, int index)
    {
        var text = a.String(index);
        return TryParse(text, out var network) ? network : throw a.Invalid(index, $"invalid CIDR address: {text}");
    }

    private static string Format(BigInteger value, AddressFamily family)
    {
        var length = family == AddressFamily.InterNetwork ? 4 : 16;
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[length];
        bytes.AsSpan(Math.Max(0, bytes.Length - length)).CopyTo(padded.AsSpan(Math.Max(0, length - bytes.Length)));
        return new IPAddress(padded).ToString();
    }

    /// <summary>An address range: network address, prefix length and family.</summary>
    internal readonly record struct Network(BigInteger Address, int PrefixLength, AddressFamily Family)
    {
        public int Bits => Family == AddressFamily.InterNetwork ? 32 : 128;

        /// <summary>The first address after the range.</summary>
        public BigInteger End => Address + (BigInteger.One << (Bits - PrefixLength));

        /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
        public bool Contains(Network other) => Family == other.Family && other.Address >= Address && other.End <= End;

        /// <summary>True when the two ranges share an address.</summary>
        public bool Overlaps(Network other) => Family == other.Family && Address < other.End && other.Address < End;

        public override string ToString() => $"{Format(Address, Family)}/{PrefixLength}";
    }
}

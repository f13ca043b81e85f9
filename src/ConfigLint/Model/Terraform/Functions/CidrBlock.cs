namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// An IPv4 or IPv6 CIDR block read the way Terraform's network functions read it (strict dotted IPv4, host bits
/// masked off as Go's <c>ParseCIDR</c> does), for rules that compare address ranges (a subnet inside its VPC).
/// </summary>
public readonly record struct CidrBlock
{
    private readonly NetworkFunctions.Network _network;

    private CidrBlock(NetworkFunctions.Network network) => _network = network;

    /// <summary>The prefix length.</summary>
    public int PrefixLength => _network.PrefixLength;

    /// <summary>True for an IPv6 block.</summary>
    public bool IsIPv6 => _network.Family == System.Net.Sockets.AddressFamily.InterNetworkV6;

    /// <summary>Parses <c>address/prefix</c>; false for anything Terraform's <c>cidrsubnet</c> would reject.</summary>
    public static bool TryParse(string text, out CidrBlock block)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = NetworkFunctions.TryParse(text, out var network);
        block = parsed ? new CidrBlock(network) : default;
        return parsed;
    }

    /// <summary>True when <paramref name="other"/> lies wholly inside this block (same family).</summary>
    public bool Contains(CidrBlock other) => _network.Contains(other._network);

    /// <summary>True when the two blocks share an address (same family).</summary>
    public bool Overlaps(CidrBlock other) => _network.Overlaps(other._network);

    /// <summary>The network in canonical form, e.g. <c>10.0.0.0/16</c>.</summary>
    public override string ToString() => _network.ToString();
}

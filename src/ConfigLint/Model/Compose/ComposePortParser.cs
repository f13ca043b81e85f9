using System.Globalization;
using System.Net;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// Reads port entries as the Compose specification describes them (05-services.md, <c>ports</c> and <c>expose</c>,
/// read 2026-07): short <c>[[IP:](port|range):](port|range)[/protocol]</c> with IPv6 in brackets or bare, and the long
/// mapping with <c>target</c>, <c>published</c>, <c>host_ip</c>, <c>protocol</c>.
/// </summary>
public static class ComposePortParser
{
    /// <summary>Parses a short-syntax entry. <paramref name="locate"/> gives the location of a <c>(start, length)</c> range of <paramref name="text"/>.</summary>
    public static ComposePort ParseShort(string text, Location location, Func<int, int, Location> locate, bool isExpose, bool isUnresolved = false)
    {
        var port = new ComposePort { Text = text, Location = location, TargetLocation = location, IsExpose = isExpose, IsUnresolved = isUnresolved };
        var body = text;
        var slash = body.LastIndexOf('/');
        if (slash >= 0)
        {
            var protocol = body[(slash + 1)..];
            port = port with { Protocol = protocol };
            if (protocol is not ("tcp" or "udp" or "sctp"))
            {
                return port with { Problem = $"protocol '{protocol}' is not tcp, udp or sctp" };
            }

            body = body[..slash];
        }

        var lastColon = body.LastIndexOf(':');
        var containerStart = lastColon + 1;
        var container = body[containerStart..];
        port = port with { TargetLocation = locate(containerStart, container.Length) };
        if (!TryRange(container, out var targetStart, out var targetEnd, out var problem))
        {
            return port with { Problem = "container port: " + problem, ProblemLocation = port.TargetLocation };
        }

        port = port with { TargetStart = targetStart, TargetEnd = targetEnd };
        if (lastColon < 0)
        {
            return port;
        }

        if (isExpose)
        {
            return port with { Problem = "expose takes container ports only, not 'host:container'" };
        }

        var host = body[..lastColon];
        string? ip = null;
        string published;
        var publishedStart = 0;
        if (host.StartsWith('['))
        {
            var closeBracket = host.IndexOf(']');
            if (closeBracket < 0 || (closeBracket + 1 < host.Length && host[closeBracket + 1] != ':'))
            {
                return port with { Problem = $"'{host}' is not '[IPv6]' or '[IPv6]:port'" };
            }

            ip = host[1..closeBracket];
            publishedStart = Math.Min(closeBracket + 2, host.Length);
            published = host[publishedStart..];
        }
        else
        {
            var ipColon = host.LastIndexOf(':');
            if (ipColon >= 0)
            {
                ip = host[..ipColon];
                publishedStart = ipColon + 1;
            }

            published = host[publishedStart..];
        }

        if (ip is not null && !IsIpAddress(ip))
        {
            return port with { HostIp = ip, Problem = $"'{ip}' is not an IP address" };
        }

        port = port with { HostIp = ip };
        if (published.Length == 0)
        {
            // "127.0.0.1::80": bind that address, let the engine choose the port.
            return ip is null ? port with { Problem = "the host port before ':' is empty" } : port;
        }

        port = port with { PublishedLocation = locate(publishedStart, published.Length) };
        if (!TryRange(published, out var hostStart, out var hostEnd, out problem))
        {
            return port with { Problem = "host port: " + problem, ProblemLocation = port.PublishedLocation };
        }

        port = port with { PublishedStart = hostStart, PublishedEnd = hostEnd };
        return CheckRanges(port);
    }

    /// <summary>Parses a long-syntax entry from its already-read fields (interpolated text, or null when absent).</summary>
    public static ComposePort ParseLong(Location location, string? target, Location? targetLocation, string? published, Location? publishedLocation,
        string? hostIp, string? protocol, bool isUnresolved = false, Location? hostIpLocation = null, Location? protocolLocation = null)
    {
        var text = $"{(hostIp is null ? string.Empty : hostIp + ":")}{(published is null ? string.Empty : published + ":")}{target}{(protocol is null ? string.Empty : "/" + protocol)}";
        var port = new ComposePort
        {
            Text = text,
            Location = location,
            IsLongSyntax = true,
            TargetLocation = targetLocation ?? location,
            PublishedLocation = publishedLocation,
            HostIp = hostIp,
            Protocol = protocol ?? "tcp",
            IsUnresolved = isUnresolved,
        };

        if (target is null)
        {
            return port with { Problem = "the long syntax needs 'target', the container port" };
        }

        if (protocol is not (null or "tcp" or "udp" or "sctp"))
        {
            return port with { Problem = $"protocol '{protocol}' is not tcp, udp or sctp", ProblemLocation = protocolLocation };
        }

        if (!TryRange(target, out var targetStart, out var targetEnd, out var problem) || targetStart != targetEnd)
        {
            return port with { Problem = "target: " + (problem ?? "the long syntax takes one container port, not a range"), ProblemLocation = targetLocation };
        }

        port = port with { TargetStart = targetStart, TargetEnd = targetEnd };
        if (hostIp is not null && !IsIpAddress(hostIp))
        {
            return port with { Problem = $"host_ip '{hostIp}' is not an IP address", ProblemLocation = hostIpLocation };
        }

        if (string.IsNullOrEmpty(published))
        {
            return port;
        }

        if (!TryRange(published, out var hostStart, out var hostEnd, out problem))
        {
            return port with { Problem = "published: " + problem, ProblemLocation = publishedLocation };
        }

        return port with { PublishedStart = hostStart, PublishedEnd = hostEnd };
    }

    // IPAddress.TryParse also takes legacy forms such as "1.2.3"; Docker wants four dotted octets or IPv6.
    private static bool IsIpAddress(string text)
    {
        if (text.Contains(':'))
        {
            return IPAddress.TryParse(text, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && !p.AsSpan().ContainsAnyExceptInRange('0', '9') && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }

    private static ComposePort CheckRanges(ComposePort port)
    {
        var hostLength = port.PublishedEnd - port.PublishedStart;
        var targetLength = port.TargetEnd - port.TargetStart;
        if (targetLength > 0 && hostLength != targetLength)
        {
            return port with { Problem = $"host range {port.PublishedStart}-{port.PublishedEnd} and container range {port.TargetStart}-{port.TargetEnd} differ in length" };
        }

        return port;
    }

    private static bool TryRange(string text, out int start, out int end, out string? problem)
    {
        start = end = 0;
        problem = null;
        var dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (!TryPort(text, out start, out problem))
            {
                return false;
            }

            end = start;
            return true;
        }

        if (!TryPort(text[..dash], out start, out problem) || !TryPort(text[(dash + 1)..], out end, out problem))
        {
            return false;
        }

        if (end < start)
        {
            problem = $"range '{text}' ends before it starts";
            return false;
        }

        return true;
    }

    private static bool TryPort(string text, out int port, out string? problem)
    {
        problem = null;
        if (text.Length == 0 || text.Length > 6 || text.AsSpan().ContainsAnyExceptInRange('0', '9')
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port))
        {
            port = 0;
            problem = text.Length == 0 ? "a port number is missing" : $"'{text}' is not a port number";
            return false;
        }

        if (port is < 1 or > 65535)
        {
            problem = $"port {port} is outside 1-65535";
            return false;
        }

        return true;
    }
}

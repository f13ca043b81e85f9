using ConfigLint.Model.Compose;
using ConfigLint.Text;

namespace ConfigLint.Tests.Model.Compose;

public sealed class ComposePortParserTests
{
    private static ComposePort Short(string text, bool expose = false) =>
        ComposePortParser.ParseShort(text, Location.None, (_, _) => Location.None, expose);

    [Theory]
    [InlineData("3000", null, null, null, 3000, 3000, "tcp")]
    [InlineData("3000-3005", null, null, null, 3000, 3005, "tcp")]
    [InlineData("8000:8000", null, 8000, 8000, 8000, 8000, "tcp")]
    [InlineData("9090-9091:8080-8081", null, 9090, 9091, 8080, 8081, "tcp")]
    [InlineData("8000-9000:80", null, 8000, 9000, 80, 80, "tcp")]
    [InlineData("127.0.0.1:8001:8001", "127.0.0.1", 8001, 8001, 8001, 8001, "tcp")]
    [InlineData("127.0.0.1:5000-5010:5000-5010", "127.0.0.1", 5000, 5010, 5000, 5010, "tcp")]
    [InlineData("::1:6000:6000", "::1", 6000, 6000, 6000, 6000, "tcp")]
    [InlineData("[::1]:6001:6001", "::1", 6001, 6001, 6001, 6001, "tcp")]
    [InlineData("6060:6060/udp", null, 6060, 6060, 6060, 6060, "udp")]
    [InlineData("127.0.0.1::80", "127.0.0.1", null, null, 80, 80, "tcp")]
    public void Valid_short_syntax_is_read(string text, string? ip, int? publishedStart, int? publishedEnd, int targetStart, int targetEnd, string protocol)
    {
        var port = Short(text);
        Assert.Null(port.Problem);
        Assert.Equal((ip, publishedStart, publishedEnd, targetStart, targetEnd, protocol),
            (port.HostIp, port.PublishedStart, port.PublishedEnd, port.TargetStart, port.TargetEnd, port.Protocol));
    }

    [Theory]
    [InlineData("80:http", "container port: 'http' is not a port number")]
    [InlineData("70000:80", "host port: port 70000 is outside 1-65535")]
    [InlineData("8080:0", "container port: port 0 is outside 1-65535")]
    [InlineData("80/tpc", "protocol 'tpc' is not tcp, udp or sctp")]
    [InlineData("9090-9091:8080-8082", "host range 9090-9091 and container range 8080-8082 differ in length")]
    [InlineData("8080:90-80", "container port: range '90-80' ends before it starts")]
    [InlineData("1.2.3:80:80", "'1.2.3' is not an IP address")]
    [InlineData(":80", "the host port before ':' is empty")]
    [InlineData("", "container port: a port number is missing")]
    public void Invalid_short_syntax_says_why(string text, string problem)
    {
        Assert.Equal(problem, Short(text).Problem);
    }

    [Fact]
    public void Expose_takes_container_ports_only()
    {
        Assert.Null(Short("8080-8085/tcp", expose: true).Problem);
        Assert.Equal("expose takes container ports only, not 'host:container'", Short("80:80", expose: true).Problem);
    }

    [Fact]
    public void Long_syntax_needs_a_target_and_reads_a_published_range()
    {
        var port = ComposePortParser.ParseLong(Location.None, "80", null, "8080-8081", null, "127.0.0.1", "tcp");
        Assert.Null(port.Problem);
        Assert.Equal((8080, 8081, 80), (port.PublishedStart!.Value, port.PublishedEnd!.Value, port.TargetStart));
        Assert.False(port.BindsFixedHostPorts);
        Assert.Equal("the long syntax needs 'target', the container port", ComposePortParser.ParseLong(Location.None, null, null, "80", null, null, null).Problem);
    }
}

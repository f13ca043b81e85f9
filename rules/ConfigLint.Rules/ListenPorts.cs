using System.Collections.Immutable;
using System.Globalization;

namespace ConfigLint.Rules;

/// <summary>The variables applications and frameworks read their listening port from, most conventional first.</summary>
internal static class ListenPorts
{
    /// <summary>The names, in the order a service's port is looked up (the first one set wins).</summary>
    public static ImmutableArray<string> Variables { get; } =
        ["PORT", "HTTP_PORT", "APP_PORT", "SERVER_PORT", "LISTEN_PORT", "WEB_PORT", "API_PORT", "FLASK_RUN_PORT", "FLASK_PORT", "UVICORN_PORT", "ASPNETCORE_HTTP_PORTS"];

    /// <summary>Reads a port number (1–65535) from a variable's value.</summary>
    public static bool TryParse(string? value, out int port)
    {
        port = 0;
        return value is not null && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and <= 65535;
    }
}

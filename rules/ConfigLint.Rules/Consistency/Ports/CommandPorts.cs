using System.Globalization;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Yaml;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// Reads the port a command line tells a server to listen on: <c>--port 8000</c>, <c>--port=8000</c>,
/// <c>--bind 0.0.0.0:8000</c>, <c>-b :8000</c>, <c>--server.port=8080</c>, <c>-Dserver.port=8080</c>, or a bare
/// <c>0.0.0.0:8000</c> (<c>manage.py runserver 0.0.0.0:8000</c>). A Compose <c>command</c> or a container's
/// <c>command</c>/<c>args</c>, in string or list form, split at blanks.
/// </summary>
internal static class CommandPorts
{
    private static readonly string[] PortOptions = ["--port", "--http-port", "--listen-port", "--server.port", "-Dserver.port"];
    private static readonly string[] AddressOptions = ["--bind", "-b", "--listen", "--addr", "--address", "--http-address"];

    /// <summary>The first listening port the command parts name, with the token and its location; null when none does.</summary>
    public static ListeningPort? Find(ConfigGraph graph, string where, params ConfigValue?[] parts)
    {
        var tokens = new List<(string Text, Location Location)>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case ConfigList list:
                    foreach (var item in list.Items)
                    {
                        Split(graph, item, tokens);
                    }

                    break;
                case not null:
                    Split(graph, part, tokens);
                    break;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, location) = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            int? port = null;
            var shown = text;
            foreach (var option in PortOptions)
            {
                if (text.StartsWith(option + "=", StringComparison.Ordinal))
                {
                    port = Number(text[(option.Length + 1)..]);
                }
                else if (text == option && next.Text is not null)
                {
                    (port, shown, location) = (Number(next.Text), text + " " + next.Text, next.Location);
                }
            }

            foreach (var option in AddressOptions)
            {
                if (text.StartsWith(option + "=", StringComparison.Ordinal))
                {
                    port ??= AddressPort(text[(option.Length + 1)..]);
                }
                else if (text == option && next.Text is not null && port is null)
                {
                    (port, shown, location) = (AddressPort(next.Text), text + " " + next.Text, next.Location);
                }
            }

            if (port is null && (text.StartsWith("0.0.0.0:", StringComparison.Ordinal) || text.StartsWith("[::]:", StringComparison.Ordinal)))
            {
                port = AddressPort(text);
            }

            if (port is { } number)
            {
                return new ListeningPort(number, ListeningKind.Variable, location, $"'{shown}'", "in " + where);
            }
        }

        return null;
    }

    private static void Split(ConfigGraph graph, ConfigValue value, List<(string, Location)> tokens)
    {
        var text = ComposeValues.Text(value);
        if (text is null)
        {
            return;
        }

        var source = graph.FindTree(value.Location.Path)?.Text;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var blank = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!blank && start < 0)
            {
                start = i;
            }
            else if (blank && start >= 0)
            {
                var location = source is null ? value.Location : ValueSlices.Slice(source, value.Location, text, start, i - start);
                tokens.Add((text[start..i].Trim('"', '\''), location));
                start = -1;
            }
        }
    }

    private static int? AddressPort(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon >= 0 ? Number(address[(colon + 1)..]) : null;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;
}

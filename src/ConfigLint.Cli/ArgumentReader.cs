namespace ConfigLint.Cli;

/// <summary>
/// Reads GNU-style arguments: <c>--name value</c>, <c>--name=value</c>, flags, positionals, and <c>--</c> to end
/// options. Every mistake is a <see cref="UsageException"/> (exit code 2) naming the argument.
/// </summary>
public sealed class ArgumentReader
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/> given the options that take a value and the flags.</summary>
    public ArgumentReader(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var positionalOnly = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (positionalOnly || !arg.StartsWith('-') || arg == "-")
            {
                Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                positionalOnly = true;
                continue;
            }

            var equals = arg.IndexOf('=');
            var name = equals > 0 ? arg[..equals] : arg;
            if (valueOptions.Contains(name))
            {
                string value;
                if (equals > 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                }
                else
                {
                    throw new UsageException($"option '{name}' needs a value");
                }

                if (!_values.TryGetValue(name, out var list))
                {
                    _values[name] = list = [];
                }

                list.Add(value);
            }
            else if (flagOptions.Contains(name) && equals < 0)
            {
                _flags.Add(name);
            }
            else
            {
                var known = valueOptions.Concat(flagOptions).Order(StringComparer.Ordinal);
                throw new UsageException($"unknown option '{arg}'; expected one of: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>True when a flag was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The last value of an option, or null.</summary>
    public string? Get(string option) => _values.TryGetValue(option, out var list) ? list[^1] : null;

    /// <summary>Every value of a repeatable option.</summary>
    public IReadOnlyList<string> GetAll(string option) => _values.TryGetValue(option, out var list) ? list : [];
}

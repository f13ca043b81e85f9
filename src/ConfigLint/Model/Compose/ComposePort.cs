using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// A published port (<c>ports</c>) or an exposed one (<c>expose</c>), short or long syntax, as Compose reads it.
/// Ranges are inclusive; a null published port means the engine picks one. <see cref="Problem"/> says why Compose
/// would reject the entry (then the numbers are whatever could be read).
/// </summary>
public sealed record ComposePort
{
    /// <summary>The entry's text after interpolation (for long syntax, a rendering of it).</summary>
    public required string Text { get; init; }

    /// <summary>The whole entry.</summary>
    public required Location Location { get; init; }

    /// <summary>True for the mapping form (<c>target:</c>, <c>published:</c>).</summary>
    public bool IsLongSyntax { get; init; }

    /// <summary>True for an <c>expose</c> entry (container only, never published).</summary>
    public bool IsExpose { get; init; }

    /// <summary>The host address, without brackets; null binds every interface.</summary>
    public string? HostIp { get; init; }

    /// <summary>First published (host) port, or null.</summary>
    public int? PublishedStart { get; init; }

    /// <summary>Last published port of a range; equal to <see cref="PublishedStart"/> for a single port.</summary>
    public int? PublishedEnd { get; init; }

    /// <summary>Where the published port or range is written, or null.</summary>
    public Location? PublishedLocation { get; init; }

    /// <summary>First container port.</summary>
    public int TargetStart { get; init; }

    /// <summary>Last container port of a range.</summary>
    public int TargetEnd { get; init; }

    /// <summary>Where the container port or range is written (the whole entry when it cannot be pinned down).</summary>
    public required Location TargetLocation { get; init; }

    /// <summary><c>tcp</c>, <c>udp</c> or <c>sctp</c>.</summary>
    public string Protocol { get; init; } = "tcp";

    /// <summary>Why the entry is invalid, or null.</summary>
    public string? Problem { get; init; }

    /// <summary>Where the problem is: the offending part when it can be pinned down, else the whole entry.</summary>
    public Location? ProblemLocation { get; init; }

    /// <summary>True when a variable without a value or default made the entry unknowable; rules should not judge it.</summary>
    public bool IsUnresolved { get; init; }

    /// <summary>True for a valid entry that binds fixed host ports (a host range for one container port lets the engine choose).</summary>
    public bool BindsFixedHostPorts => Problem is null && !IsUnresolved && !IsExpose && PublishedStart is not null
        && (PublishedStart == PublishedEnd || PublishedEnd - PublishedStart == TargetEnd - TargetStart);
}

using System.Collections.Immutable;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// Routes that are judged together: the <c>ports</c> of one Compose service, the ports of one Service, one probe. A
/// group is fine when one of its routes reaches a port the target listens on (a Service may also route to a metrics
/// port), and drifts when none does.
/// </summary>
/// <param name="Routes">The routes.</param>
/// <param name="Listener">The index of the one listener the group routes to (a probe's own container), or null for any listener of the subject.</param>
internal sealed record RouteGroup(ImmutableArray<PortRoute> Routes, int? Listener = null);

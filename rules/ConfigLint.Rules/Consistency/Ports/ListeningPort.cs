using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>A fact that a process listens on <see cref="Port"/>: what says so (<see cref="Evidence"/>, e.g. <c>PORT=5000 in .env</c>) and where.</summary>
internal sealed record ListeningPort(int Port, ListeningKind Kind, Location Location, string Evidence);

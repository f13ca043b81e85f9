namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>How a fact says a process listens on a port, strongest first.</summary>
internal enum ListeningKind
{
    /// <summary>A variable the application reads its port from (<c>PORT=5000</c>): what it really binds.</summary>
    Variable,

    /// <summary>A declaration in the deployment (<c>containerPort</c>, Compose <c>expose</c>): usually right, sometimes stale.</summary>
    Declared,

    /// <summary>A declaration in the image (<c>EXPOSE</c> of the Dockerfile it is built from): documentation, often stale.</summary>
    Image,
}

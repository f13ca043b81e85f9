using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// A deployable unit with the ports its processes listen on and the routes that reach them: a Compose service, a
/// Kubernetes workload, a load-balanced container of an ECS service.
/// </summary>
internal sealed class PortSubject(string display, ImageReference? image)
{
    /// <summary>How messages name the whole unit when a route reaches any of its listeners.</summary>
    public string Display { get; } = display;

    /// <summary>The image it runs, for comparing with other deployments of the same image; null when unknown.</summary>
    public ImageReference? Image { get; } = image;

    /// <summary>The processes.</summary>
    public List<PortListener> Listeners { get; } = [];

    /// <summary>The route groups.</summary>
    public List<RouteGroup> Groups { get; } = [];

    /// <summary>
    /// Ports set for other environments of the same deployment (<c>PORT=3003</c> in <c>.env.production</c> beside the
    /// <c>.env</c> the service loads): each must be routed too, since the routes are the same in every environment.
    /// </summary>
    public List<ListeningPort> OtherEnvironments { get; } = [];

    /// <summary>
    /// True when another rule already compares the routes with the subject's own listening facts (CL4003 for a Compose
    /// service whose environment sets its port); only <see cref="OtherEnvironments"/> are then checked here.
    /// </summary>
    public bool OwnFactsCheckedElsewhere { get; set; }
}

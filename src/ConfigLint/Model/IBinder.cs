namespace ConfigLint.Model;

/// <summary>
/// One step of bind and link: reads the parsed files (and what earlier steps added) and adds nodes, edges
/// and models to the graph. Binders run in a fixed order: each format's binder, then the linkers.
/// </summary>
public interface IBinder
{
    /// <summary>Adds this step's nodes and edges.</summary>
    void Bind(ConfigGraphBuilder builder, BindingContext context);
}

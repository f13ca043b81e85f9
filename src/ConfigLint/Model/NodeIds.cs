namespace ConfigLint.Model;

/// <summary>Makes node ids unique within a graph the way the dotenv binder does: a repeated id gets <c>~2</c>, <c>~3</c>, ….</summary>
internal static class NodeIds
{
    public static string Unique(ConfigGraphBuilder builder, string id)
    {
        if (builder.FindNode(id) is null)
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{id}~{n}";
            if (builder.FindNode(candidate) is null)
            {
                return candidate;
            }
        }
    }
}

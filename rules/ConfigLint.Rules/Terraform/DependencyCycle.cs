using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds dependency cycles among a module's resources, data sources, locals, outputs and module calls.</summary>
public sealed class DependencyCycle : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1003",
        name: "terraform-dependency-cycle",
        title: "Dependency cycle",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Builds each module's dependency graph the way Terraform does before planning (an edge for every
            reference and `depends_on` entry; a local module call split into its inputs and outputs, so an output
            depends only on the inputs it really uses) and reports every cycle once, at its first member, with each
            reference that closes it as a related location. A resource that refers to itself by name (instead of
            `self` in a provisioner or postcondition) is reported too.

            ## Why is this bad?
            `terraform plan` stops with "Error: Cycle: …" and nothing can be applied. The classic case is two
            security groups whose inline rules allow each other: each needs the other's id before it can be created.

            ## Example
            ```hcl
            resource "aws_security_group" "app" {
              ingress {
                from_port       = 5432
                to_port         = 5432
                protocol        = "tcp"
                security_groups = [aws_security_group.db.id]
              }
            }

            resource "aws_security_group" "db" {
              egress {
                from_port       = 0
                to_port         = 0
                protocol        = "-1"
                security_groups = [aws_security_group.app.id]
              }
            }
            ```

            ## Use instead
            Create the groups without inline rules and connect them with separate rule resources:
            ```hcl
            resource "aws_security_group" "app" {}
            resource "aws_security_group" "db" {}

            resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
              security_group_id            = aws_security_group.db.id
              referenced_security_group_id = aws_security_group.app.id
              from_port                    = 5432
              to_port                      = 5432
              ip_protocol                  = "tcp"
            }
            ```

            ## Fix safety
            There is no fix: breaking a cycle means restructuring resources.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<TerraformModel>() is not { } model)
        {
            return;
        }

        var modules = model.Modules.Where(m => !m.HasSyntaxErrors).ToList();
        foreach (var (module, graph) in DependencyGraph.BuildAll(modules).OrderBy(g => g.Key.Directory, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var component in StronglyConnected(graph))
            {
                Report(context, graph, component);
            }
        }
    }

    private static void Report(WorkspaceAnalysisContext context, DependencyGraph graph, List<DependencyVertex> component)
    {
        var members = new HashSet<DependencyVertex>(component);
        var start = component.OrderBy(v => v.Node.Location.Path, StringComparer.Ordinal).ThenBy(v => v.Node.Location.Span.Start).ThenBy(v => v.Part, StringComparer.Ordinal).First();
        var path = ShortestCycle(graph, start, members);
        if (path.Count == 0)
        {
            return;
        }

        string message;
        if (path.Count == 1 && path[0].From == path[0].Edge.To)
        {
            message = $"'{start}' refers to itself; use 'self' in provisioners and conditions, or another resource";
        }
        else
        {
            var names = path.Select(p => p.From.ToString()).Append(start.ToString());
            message = "Dependency cycle: " + string.Join(" → ", names);
        }

        var diagnostic = Diagnostic.Create(Rule, start.Node.Location, message);
        var onPath = new HashSet<TerraformNode>();
        foreach (var (from, edge) in path)
        {
            onPath.Add(from.Node);
            diagnostic = diagnostic.WithRelated(edge.At, $"{from} depends on {edge.To} here");
        }

        foreach (var node in component.Select(v => v.Node).Distinct().Where(n => !onPath.Contains(n)))
        {
            diagnostic = diagnostic.WithRelated(node.Location, $"{node.Address} is also part of the cycle");
        }

        context.ReportDiagnostic(diagnostic);
    }

    // Breadth-first from the start back to itself inside the component: the shortest cycle through it.
    private static List<(DependencyVertex From, DependencyEdge Edge)> ShortestCycle(DependencyGraph graph, DependencyVertex start, HashSet<DependencyVertex> members)
    {
        var previous = new Dictionary<DependencyVertex, (DependencyVertex From, DependencyEdge Edge)>();
        var queue = new Queue<DependencyVertex>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var vertex = queue.Dequeue();
            foreach (var edge in Sorted(graph, vertex))
            {
                if (!members.Contains(edge.To))
                {
                    continue;
                }

                if (edge.To == start)
                {
                    var path = new List<(DependencyVertex, DependencyEdge)> { (vertex, edge) };
                    for (var at = vertex; at != start; at = previous[at].From)
                    {
                        path.Add(previous[at]);
                    }

                    path.Reverse();
                    return path;
                }

                if (edge.To != start && previous.TryAdd(edge.To, (vertex, edge)))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        return [];
    }

    private static IEnumerable<DependencyEdge> Sorted(DependencyGraph graph, DependencyVertex vertex) =>
        (graph.Edges.GetValueOrDefault(vertex) ?? []).OrderBy(e => e.At.Path, StringComparer.Ordinal).ThenBy(e => e.At.Span.Start);

    // Tarjan's algorithm without recursion; components of one vertex count only with an edge to themselves.
    private static List<List<DependencyVertex>> StronglyConnected(DependencyGraph graph)
    {
        var index = new Dictionary<DependencyVertex, int>();
        var low = new Dictionary<DependencyVertex, int>();
        var onStack = new HashSet<DependencyVertex>();
        var stack = new Stack<DependencyVertex>();
        var result = new List<List<DependencyVertex>>();
        var counter = 0;
        var vertices = graph.Edges.Keys.OrderBy(v => v.Node.Location.Path, StringComparer.Ordinal).ThenBy(v => v.Node.Location.Span.Start).ThenBy(v => v.Part, StringComparer.Ordinal);
        foreach (var root in vertices)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(DependencyVertex Vertex, IEnumerator<DependencyEdge> Edges)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (vertex, edges) = work.Peek();
                if (edges.MoveNext())
                {
                    var to = edges.Current.To;
                    if (!index.ContainsKey(to))
                    {
                        Visit(to);
                    }
                    else if (onStack.Contains(to))
                    {
                        low[vertex] = Math.Min(low[vertex], index[to]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Vertex;
                    low[parent] = Math.Min(low[parent], low[vertex]);
                }

                if (low[vertex] == index[vertex])
                {
                    var component = new List<DependencyVertex>();
                    DependencyVertex member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != vertex);

                    if (component.Count > 1 || (graph.Edges.GetValueOrDefault(vertex) ?? []).Any(e => e.To == vertex))
                    {
                        result.Add(component);
                    }
                }
            }

            void Visit(DependencyVertex vertex)
            {
                index[vertex] = low[vertex] = counter++;
                stack.Push(vertex);
                onStack.Add(vertex);
                work.Push((vertex, Sorted(graph, vertex).ToList().GetEnumerator()));
            }
        }

        return result;
    }
}

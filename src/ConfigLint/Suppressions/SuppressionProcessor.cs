using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Suppressions;

/// <summary>
/// Applies suppression comments to findings: suppressed findings are kept with their justification, a
/// directive naming an unknown rule is <c>CL0005</c>, and one that suppressed nothing is <c>CL0003</c>
/// (only when all its rules are enabled, so turning a rule off does not flag its comments).
/// </summary>
public static class SuppressionProcessor
{
    /// <summary>Returns the findings with suppressions applied plus the findings about the directives themselves.</summary>
    public static ImmutableArray<Diagnostic> Apply(
        IEnumerable<SyntaxTree> trees,
        ImmutableArray<Diagnostic> diagnostics,
        IReadOnlyCollection<DiagnosticDescriptor> knownRules,
        RuleSeverities severities)
    {
        var byName = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in knownRules)
        {
            byName.TryAdd(descriptor.Id, descriptor);
            byName.TryAdd(descriptor.Name, descriptor);
        }

        var directivesByPath = new Dictionary<string, List<(SuppressionDirective Directive, HashSet<string> Ids)>>(StringComparer.Ordinal);
        var treesByPath = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        var extra = new List<Diagnostic>();
        foreach (var tree in trees)
        {
            treesByPath[tree.Path] = tree;
            foreach (var directive in SuppressionParser.Parse(tree))
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                var unknown = directive.Rules.Where(r => !byName.ContainsKey(r)).ToList();
                if (directive.Rules.IsEmpty)
                {
                    extra.Add(Diagnostic.Create(EngineDiagnostics.InvalidSuppression, directive.Location,
                        $"'{directive.Text}' names no rule; write the rule ids, e.g. '# configlint-disable-next-line CL5001 -- reason'"));
                    continue;
                }

                if (unknown.Count > 0)
                {
                    extra.Add(Diagnostic.Create(EngineDiagnostics.InvalidSuppression, directive.Location,
                        $"'{directive.Text}' names unknown rule{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}"));
                }

                foreach (var rule in directive.Rules)
                {
                    if (byName.TryGetValue(rule, out var descriptor))
                    {
                        ids.Add(descriptor.Id);
                    }
                }

                if (ids.Count > 0)
                {
                    if (!directivesByPath.TryGetValue(tree.Path, out var list))
                    {
                        directivesByPath[tree.Path] = list = [];
                    }

                    list.Add((directive, ids));
                }
            }
        }

        var used = new HashSet<SuppressionDirective>();
        var result = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length + extra.Count);
        foreach (var diagnostic in diagnostics)
        {
            var matched = diagnostic.IsSuppressed ? null : FindDirective(directivesByPath, diagnostic);
            if (matched is null)
            {
                result.Add(diagnostic);
                continue;
            }

            used.Add(matched);
            result.Add(diagnostic with { Suppression = new Suppression(SuppressionKind.InSource, matched.Justification, matched.Location) });
        }

        foreach (var (_, directives) in directivesByPath)
        {
            foreach (var (directive, ids) in directives)
            {
                if (used.Contains(directive) || !ids.All(id => severities.IsEnabled(byName[id])))
                {
                    continue;
                }

                extra.Add(Diagnostic.Create(EngineDiagnostics.UnusedSuppression, directive.Location, directive.Text)
                    .WithFix(RemoveComment(treesByPath[directive.Location.Path], directive.Location.Span)));
            }
        }

        foreach (var diagnostic in extra)
        {
            if (severities.Apply(diagnostic) is { } configured)
            {
                result.Add(configured);
            }
        }

        var sorted = result.ToList();
        sorted.Sort(DiagnosticOrder.Instance);
        return [.. sorted];
    }

    // Deletes the whole line when the comment stands alone on it, else the comment and the blanks before it.
    private static CodeFix RemoveComment(SyntaxTree tree, TextSpan comment)
    {
        var text = tree.Text;
        var line = text.GetLineIndex(comment.Start);
        var lineSpan = text.GetLineSpan(line);
        var before = text.AsSpan(TextSpan.FromBounds(lineSpan.Start, comment.Start));
        var after = text.AsSpan(TextSpan.FromBounds(comment.End, lineSpan.End));
        TextSpan delete;
        if (before.IsWhiteSpace() && after.IsWhiteSpace())
        {
            var next = line + 1 < text.LineCount ? text.LineStarts[line + 1] : lineSpan.End;
            delete = TextSpan.FromBounds(lineSpan.Start, next);
        }
        else
        {
            var start = comment.Start;
            while (start > lineSpan.Start && text.Content[start - 1] is ' ' or '\t')
            {
                start--;
            }

            delete = TextSpan.FromBounds(start, comment.End);
        }

        return CodeFix.Create("Remove the unused suppression comment", TextEdit.Delete(tree.Path, delete));
    }

    private static SuppressionDirective? FindDirective(
        Dictionary<string, List<(SuppressionDirective Directive, HashSet<string> Ids)>> directivesByPath,
        Diagnostic diagnostic)
    {
        if (diagnostic.Location.IsNone || !directivesByPath.TryGetValue(diagnostic.Location.Path, out var directives))
        {
            return null;
        }

        var line = diagnostic.Location.LineSpan.Start.Line;
        foreach (var (directive, ids) in directives)
        {
            if (!ids.Contains(diagnostic.Id) || diagnostic.Descriptor == EngineDiagnostics.UnusedSuppression)
            {
                continue;
            }

            if (directive.Scope == SuppressionScope.File || directive.TargetLine == line)
            {
                return directive;
            }
        }

        return null;
    }
}

namespace ConfigLint.Diagnostics;

/// <summary>Descriptors the engine itself reports (<c>CL0xxx</c>).</summary>
public static class EngineDiagnostics
{
    /// <summary>A file does not parse; the message is the parser's summary and detail.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new(
        id: "CL0001",
        name: "syntax-error",
        title: "Syntax error",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports text the format's parser rejects: HCL, YAML or dotenv that Terraform, Compose,
            Kubernetes or a dotenv loader would refuse to read.

            ## Why is this bad?
            The tool that consumes the file stops at the first syntax error, so nothing in the file takes
            effect. ConfigLint keeps going after the error and still analyzes the rest of the file where it can.

            ## Example
            ```hcl
            resource "aws_s3_bucket" "logs" {
              bucket = "logs"
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket" "logs" {
              bucket = "logs"
            }
            ```
            """,
        tags: ["syntax"]);

    /// <summary>An analyzer threw; the run continues without its findings for that node.</summary>
    public static readonly DiagnosticDescriptor AnalyzerException = new(
        id: "CL0002",
        name: "analyzer-exception",
        title: "Analyzer failed",
        messageFormat: "Analyzer '{0}' failed on this input and reported nothing here: {1}",
        category: Categories.Engine,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports that a rule crashed while analyzing a file or node. The rest of the run goes on; only that
            rule's findings for that input are missing.

            ## Why is this bad?
            A crashed rule cannot tell you about the problem it looks for, so a clean result would be a lie.

            ## Use instead
            Report the input to the rule's author. You can turn the rule off in `.configlint.yaml` meanwhile.
            """,
        tags: ["engine"]);

    /// <summary>A suppression comment matched no finding.</summary>
    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        id: "CL0003",
        name: "unused-suppression",
        title: "Suppression comment suppresses nothing",
        messageFormat: "'{0}' suppresses nothing here; remove it",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Note,
        description: """
            ## What it does
            Reports a `configlint-disable-next-line` or `configlint-disable-file` comment whose rule reported
            nothing where the comment applies.

            ## Why is this bad?
            Stale suppressions hide the next real finding on that line and mislead readers.

            ## Example
            ```dotenv
            # configlint-disable-next-line CL5001 -- legacy duplicate
            PORT=3000
            ```

            ## Use instead
            Delete the comment.

            ## Fix safety
            The fix deletes the comment line and is safe.
            """,
        tags: ["suppression"]);

    /// <summary>A file could not be read or decoded.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new(
        id: "CL0004",
        name: "unreadable-file",
        title: "File could not be analyzed",
        messageFormat: "File was not analyzed: {0}",
        category: Categories.Engine,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports a file that matched the workspace but could not be analyzed: it is binary, not valid in its
            encoding, larger than the limit, or could not be read.

            ## Why is this bad?
            Nothing in the file was checked, so a clean result says nothing about it.

            ## Use instead
            Exclude the file in `.configlint.yaml` if it is not configuration, or fix its encoding.
            """,
        tags: ["engine"]);

    /// <summary>A suppression comment names an unknown rule or is malformed.</summary>
    public static readonly DiagnosticDescriptor InvalidSuppression = new(
        id: "CL0005",
        name: "invalid-suppression",
        title: "Suppression comment is malformed",
        messageFormat: "{0}",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports a `configlint-disable-next-line` or `configlint-disable-file` comment that names no rule or
            a rule that does not exist.

            ## Why is this bad?
            The comment suppresses nothing, though its author meant it to.

            ## Example
            ```dotenv
            # configlint-disable-next-line CL9999
            ```

            ## Use instead
            Name an existing rule id or name: `# configlint-disable-next-line CL5001 -- reason`.
            """,
        tags: ["suppression"]);

    /// <summary>All engine descriptors, for catalogs and SARIF.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [SyntaxError, AnalyzerException, UnusedSuppression, UnreadableFile, InvalidSuppression];
}

using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds a resource, data source, variable, output, local, module call, provider configuration or check declared twice in one module.</summary>
public sealed class DuplicateDeclaration : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1005",
        name: "terraform-duplicate-declaration",
        title: "Declared twice in one module",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports the second and later declarations of one address in a module (all `.tf` and `.tf.json` files of
            a directory count as one): resources, data sources, ephemeral resources, variables, outputs, locals,
            module calls, `check` blocks, provider configurations with the same alias (or two default ones), a
            second `backend` or `cloud` block, and a provider required twice in `required_providers`. Override
            files (`override.tf`, `*_override.tf`) merge into other declarations and are not counted.

            ## Why is this bad?
            Terraform stops with "Duplicate resource configuration", "Duplicate variable declaration" and the like.
            Copying a file to start a new one and forgetting to rename a block is the usual cause; with several files
            in a directory the two declarations are rarely on the same screen.

            ## Example
            ```hcl
            # network.tf
            resource "aws_subnet" "private" { ... }

            # database.tf
            resource "aws_subnet" "private" { ... }
            ```

            ## Use instead
            Give each declaration its own name, or delete the copy.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze,
        NodeKind.TerraformResource, NodeKind.TerraformData, NodeKind.TerraformEphemeral, NodeKind.TerraformVariable, NodeKind.TerraformOutput,
        NodeKind.TerraformLocal, NodeKind.TerraformModule, NodeKind.TerraformProvider, NodeKind.TerraformMeta, NodeKind.TerraformBackend,
        NodeKind.TerraformSettings);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformNode { Module: { } module } node || TerraformFiles.IsOverrideFile(node.Tree.Path))
        {
            return;
        }

        switch (node)
        {
            case TerraformBackendNode backend:
                var first = module.Backends.FirstOrDefault(b => !TerraformFiles.IsOverrideFile(b.Tree.Path));
                if (first is not null && first != backend)
                {
                    var what = first.BackendType == "cloud" || backend.BackendType == "cloud"
                        ? "a module has either a backend or a cloud block, and one only"
                        : "a module has one backend";
                    Report(context, node.Location, $"'{backend.Address}' is a second state configuration; {what}", first);
                }

                return;
            case TerraformSettingsNode settings:
                foreach (var provider in settings.RequiredProviders)
                {
                    var original = module.Settings.Where(s => !TerraformFiles.IsOverrideFile(s.Tree.Path))
                        .SelectMany(s => s.RequiredProviders).First(p => p.LocalName == provider.LocalName);
                    if (original.Location != provider.Location)
                    {
                        Report(context, provider.Location, $"provider '{provider.LocalName}' is already in required_providers", original.Location);
                    }
                }

                return;
            case TerraformMetaNode { BlockType: not "check" }:
                return;
        }

        // Scoped data sources are compared within their check block; everything else by the module's address index.
        var earlier = node is TerraformResourceNode { Check: { } check }
            ? module.DataSources.First(d => d.Check == check && d.Address == node.Address && !TerraformFiles.IsOverrideFile(d.Tree.Path))
            : module.FindNode(node.Address);
        if (earlier is not null && earlier != node)
        {
            var label = node is TerraformProviderNode provider
                ? provider.Alias is null ? $"a default configuration of provider '{provider.LocalName}'" : $"provider '{provider.LocalName}' with alias '{provider.Alias}'"
                : $"'{node.Address}'";
            Report(context, node.Location, $"{label} is declared more than once in this module", earlier);
        }
    }

    private static void Report(NodeAnalysisContext context, Location location, string message, TerraformNode first) =>
        Report(context, location, message, first.Location);

    private static void Report(NodeAnalysisContext context, Location location, string message, Location first) =>
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, message).WithRelated(first, "first declared here"));
}

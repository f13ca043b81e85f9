using System.Runtime.CompilerServices;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;

namespace ConfigLint.Rules.Terraform;

/// <summary>Which variables and locals a module's expressions use, computed once per module and shared by the rules that ask.</summary>
internal sealed class ModuleUsage
{
    private static readonly ConditionalWeakTable<TerraformModule, ModuleUsage> Cache = [];

    private ModuleUsage(TerraformModule module)
    {
        foreach (var node in module.Nodes)
        {
            foreach (var reference in node.References)
            {
                switch (reference.Kind)
                {
                    // A variable's own validation does not count as a use of it.
                    case TerraformReferenceKind.Variable when !(node is TerraformVariableNode own && own.Name == reference.Name):
                        Variables.Add(reference.Name);
                        break;
                    case TerraformReferenceKind.Local when !(node is TerraformLocalNode own && own.Name == reference.Name):
                        Locals.Add(reference.Name);
                        break;
                }
            }
        }
    }

    public HashSet<string> Variables { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Locals { get; } = new(StringComparer.Ordinal);

    public static ModuleUsage Of(TerraformModule module) => Cache.GetValue(module, m => new ModuleUsage(m));
}

using System.Collections.Immutable;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Model.Terraform;

/// <summary>A <c>terraform</c> block: <c>required_version</c>, <c>required_providers</c>, <c>backend</c>, <c>cloud</c>.</summary>
public sealed class TerraformSettingsNode : TerraformBlockNode
{
    private ImmutableArray<TerraformRequiredProvider> _requiredProviders;

    internal TerraformSettingsNode(string id, TerraformModule module, TerraformBlock block, string address)
        : base(id, NodeKind.TerraformSettings, string.Empty, string.Empty, module, address, block)
    {
    }

    /// <summary>The <c>required_version</c> constraint, or null.</summary>
    public TerraformAttribute? RequiredVersion => GetArgument("required_version");

    /// <summary>The <c>backend</c> block, or null.</summary>
    public TerraformBlock? Backend => Body.GetBlock("backend");

    /// <summary>The <c>cloud</c> block, or null.</summary>
    public TerraformBlock? Cloud => Body.GetBlock("cloud");

    /// <summary>The entries of every <c>required_providers</c> block, in order.</summary>
    public ImmutableArray<TerraformRequiredProvider> RequiredProviders
    {
        get
        {
            // Read once: rules ask for every resource of the module. Racing threads compute equal arrays.
            if (_requiredProviders.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<TerraformRequiredProvider>();
                foreach (var block in Body.GetBlocks("required_providers"))
                {
                    foreach (var attribute in block.Body.Attributes)
                    {
                        builder.Add(Read(attribute));
                    }
                }

                ImmutableInterlocked.InterlockedInitialize(ref _requiredProviders, builder.ToImmutable());
            }

            return _requiredProviders;
        }
    }

    private static TerraformRequiredProvider Read(TerraformAttribute attribute)
    {
        var expression = attribute.Expression;
        string? source = null;
        TerraformExpression? version = null;
        if (expression.Syntax is { Kind: HclSyntaxKind.Object } obj && !expression.IsEmbedded)
        {
            foreach (var item in obj.Children.OfType<HclObjectItem>())
            {
                switch (item.StaticKey)
                {
                    case "source" when item.Value.TryGetStaticString(out var text):
                        source = text;
                        break;
                    case "version":
                        version = TerraformExpression.FromHcl(item.Value);
                        break;
                }
            }
        }
        else if (expression.IsJson && !expression.JsonMembers.IsEmpty)
        {
            foreach (var (key, value) in expression.JsonMembers)
            {
                if (key.Name == "source" && value.TryGetStaticString(out var text))
                {
                    source = text;
                }
                else if (key.Name == "version")
                {
                    version = value;
                }
            }
        }
        else
        {
            // The pre-0.13 form: the value is the version constraint.
            version = expression;
        }

        return new TerraformRequiredProvider(attribute.Name, attribute.NameLocation, attribute, source, version);
    }
}

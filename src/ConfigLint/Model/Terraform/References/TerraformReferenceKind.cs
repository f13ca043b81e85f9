namespace ConfigLint.Model.Terraform.References;

/// <summary>What a reference names.</summary>
public enum TerraformReferenceKind
{
    /// <summary><c>var.name</c>.</summary>
    Variable,

    /// <summary><c>local.name</c>.</summary>
    Local,

    /// <summary><c>type.name</c>: a managed resource.</summary>
    Resource,

    /// <summary><c>data.type.name</c>.</summary>
    DataSource,

    /// <summary><c>ephemeral.type.name</c>.</summary>
    Ephemeral,

    /// <summary><c>module.name</c>, usually followed by an output name.</summary>
    Module,

    /// <summary><c>count.index</c>.</summary>
    Count,

    /// <summary><c>each.key</c> or <c>each.value</c>.</summary>
    Each,

    /// <summary><c>path.module</c>, <c>path.root</c>, <c>path.cwd</c>.</summary>
    Path,

    /// <summary><c>terraform.workspace</c> and the like.</summary>
    Terraform,

    /// <summary><c>self.attribute</c> in provisioners, connections and postconditions.</summary>
    Self,
}

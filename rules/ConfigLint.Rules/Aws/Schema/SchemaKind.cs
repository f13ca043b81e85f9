namespace ConfigLint.Rules.Aws.Schema;

/// <summary>Which kind of Terraform type a schema describes.</summary>
public enum SchemaKind
{
    /// <summary>A <c>resource</c> block type, e.g. <c>aws_flow_log</c>.</summary>
    Resource,

    /// <summary>A <c>data</c> block type, e.g. <c>aws_vpc</c>.</summary>
    DataSource,

    /// <summary>The <c>provider</c> block itself.</summary>
    Provider,
}

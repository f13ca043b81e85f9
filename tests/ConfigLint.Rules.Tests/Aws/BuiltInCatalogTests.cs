using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Tests.Aws;

public sealed class BuiltInCatalogTests
{
    private static readonly CatalogSelection Six = ProviderCatalogs.BuiltIn.Select(ProviderAddresses.Aws, "~> 6.0")!;
    private static readonly CatalogSelection Five = ProviderCatalogs.BuiltIn.Select(ProviderAddresses.Aws, "~> 5.0")!;

    [Theory]
    // Counts from rules/data/aws-provider/aws-{5,6}.summary.json: every class of the jsii manifest whose base is
    // cdktf.TerraformResource or cdktf.TerraformDataSource.
    [InlineData("ConfigLint.Rules.Aws.aws-6.clps.br", "6.25.0", 1581, 630, "@cdktf/provider-aws@21.22.1")]
    [InlineData("ConfigLint.Rules.Aws.aws-5.clps.br", "5.100.0", 1526, 608, "@cdktf/provider-aws@20.1.0")]
    public void Catalogs_load_and_cover_every_type_of_their_source(string resource, string version, int resources, int dataSources, string package)
    {
        var catalog = Read(resource);
        Assert.Equal(ProviderAddresses.Aws, catalog.ProviderAddress);
        Assert.Equal(version, catalog.Version.ToString());
        Assert.Equal(resources, catalog.ResourceCount);
        Assert.Equal(dataSources, catalog.DataSourceCount);
        Assert.Equal(resources, catalog.TypeNames(SchemaKind.Resource).Count());
        Assert.StartsWith(package, catalog.Source);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", catalog.GeneratedOn);
        Assert.True(catalog.IsBuiltIn);
    }

    [Theory]
    [InlineData("ConfigLint.Rules.Aws.aws-6.clps.br")]
    [InlineData("ConfigLint.Rules.Aws.aws-5.clps.br")]
    public void Every_type_decodes_with_named_members(string resource)
    {
        var catalog = Read(resource);
        foreach (var kind in new[] { SchemaKind.Resource, SchemaKind.DataSource })
        {
            foreach (var name in catalog.TypeNames(kind))
            {
                var schema = catalog.Get(kind, name)!;
                Assert.Equal(name, schema.TypeName);
                Assert.All(schema.Block.Attributes, a => Assert.Matches("^[a-z0-9_]+$", a.Name));
            }
        }

        Assert.Equal(catalog.ResourceCount + catalog.DataSourceCount, catalog.DecodedCount);
        Assert.NotNull(catalog.ProviderBlock?.Block.GetAttribute("region"));
    }

    [Fact]
    public void Decoding_one_type_decodes_no_other()
    {
        var catalog = Read("ConfigLint.Rules.Aws.aws-6.clps.br");
        Assert.Equal(0, catalog.DecodedCount);
        Assert.True(catalog.Contains(SchemaKind.Resource, "aws_vpc"));
        Assert.Equal(0, catalog.DecodedCount);

        var flowLog = catalog.GetResource("aws_flow_log");
        Assert.Equal(1, catalog.DecodedCount);
        Assert.Same(flowLog, catalog.GetResource("aws_flow_log"));
        Assert.Equal(1, catalog.DecodedCount);
        Assert.Null(catalog.GetResource("aws_no_such_thing"));
        Assert.Equal(1, catalog.DecodedCount);
    }

    [Fact]
    public void Flow_log_has_log_destination_and_not_log_destination_arn()
    {
        var flowLog = Six.Get(SchemaKind.Resource, "aws_flow_log")!;
        var destination = Assert.IsType<AttributeSchema>(flowLog.Find("log_destination"));
        Assert.Equal("string", destination.Type);
        Assert.True(destination.IsOptional);
        Assert.False(destination.IsRequired);
        Assert.Null(flowLog.Find("log_destination_arn"));
        Assert.True(Assert.IsType<AttributeSchema>(flowLog.Find("arn")).IsComputedOnly);
        Assert.IsType<NestedBlockSchema>(flowLog.Find("destination_options"));
    }

    [Fact]
    public void Unknown_flow_log_argument_suggests_the_known_rename_first()
    {
        Assert.Equal("log_destination", Six.SuggestMember(SchemaKind.Resource, "aws_flow_log", [], "log_destination_arn")[0]);
        Assert.Equal("log_destination", Six.SuggestMember(SchemaKind.Resource, "aws_flow_log", [], "log_destinaton")[0]);
        Assert.Equal(["log_destination"], Six.SuggestMember(SchemaKind.Resource, "aws_flow_log", [], "log_group_name"));
        Assert.Empty(Six.SuggestMember(SchemaKind.Resource, "aws_flow_log", [], "completely_unrelated_name"));
    }

    [Fact]
    public void S3_bucket_has_nested_blocks_down_to_lifecycle_expiration()
    {
        var bucket = Six.Get(SchemaKind.Resource, "aws_s3_bucket")!;
        var lifecycle = bucket.Block.GetBlock("lifecycle_rule")!;
        Assert.Equal(BlockNesting.List, lifecycle.Nesting);
        Assert.True(lifecycle.AllowsMultiple);
        Assert.False(lifecycle.IsRequired);
        var versioning = bucket.Block.GetBlock("versioning")!;
        Assert.Equal(1, versioning.MaxItems);
        Assert.False(versioning.AllowsMultiple);
        Assert.NotNull(versioning.Block.GetAttribute("enabled"));
        Assert.IsType<AttributeSchema>(bucket.Find(["lifecycle_rule", "expiration"], "days"));
        Assert.Null(bucket.Block.Descend(["lifecycle_rule", "no_such_block"]));
        Assert.Null(bucket.Block.GetAttribute("lifecycle_rule"));
    }

    [Fact]
    public void Deprecated_arguments_and_blocks_carry_their_message()
    {
        var bucket = Six.Get(SchemaKind.Resource, "aws_s3_bucket")!;
        var acl = bucket.Find("acl")!;
        Assert.True(acl.IsDeprecated);
        Assert.Equal("acl is deprecated. Use the aws_s3_bucket_acl resource instead.", acl.DeprecationMessage);
        Assert.Equal("versioning is deprecated. Use the aws_s3_bucket_versioning resource instead.", bucket.Find("versioning")!.DeprecationMessage);
        Assert.False(bucket.Find("bucket")!.IsDeprecated);

        var logGroup = Five.Get(SchemaKind.Resource, "aws_flow_log")!.Find("log_group_name")!;
        Assert.Equal("log_group_name is deprecated. Use log_destination instead.", logGroup.DeprecationMessage);
    }

    [Fact]
    public void Required_arguments_and_blocks_are_marked()
    {
        var acl = Six.Get(SchemaKind.Resource, "aws_s3_bucket_acl")!;
        Assert.True(acl.Find("bucket")!.IsRequired);
        var versioning = Six.Get(SchemaKind.Resource, "aws_s3_bucket_versioning")!;
        var configuration = Assert.IsType<NestedBlockSchema>(versioning.Find("versioning_configuration"));
        Assert.True(configuration.IsRequired);
        Assert.Contains(configuration, versioning.Block.RequiredMembers);
        Assert.True(configuration.Block.GetAttribute("status")!.IsRequired);
    }

    [Fact]
    public void Names_missing_from_the_selected_line_are_found_in_the_other()
    {
        var removed = Six.FindInOtherLines(SchemaKind.Resource, "aws_flow_log", [], "log_group_name")!;
        Assert.True(removed.IsRemoved);
        Assert.Equal("removed in 6.0", removed.Describe());
        Assert.Equal("log_group_name", removed.Member!.Name);

        var added = Five.FindInOtherLines(SchemaKind.Resource, "aws_flow_log", [], "regional_nat_gateway_id")!;
        Assert.True(added.IsAdded);
        Assert.Equal("added in 6.0", added.Describe());

        var removedType = Six.FindInOtherLines(SchemaKind.Resource, "aws_opsworks_stack")!;
        Assert.Null(removedType.Member);
        Assert.Equal("removed in 6.0", removedType.Describe());
        Assert.Null(Six.FindInOtherLines(SchemaKind.Resource, "aws_flow_log", [], "log_destination_arn"));
    }

    [Fact]
    public void Flow_log_target_is_exactly_one_of_its_ids()
    {
        var six = Assert.Single(Six.Get(SchemaKind.Resource, "aws_flow_log")!.Block.ConstraintsOn("vpc_id"));
        Assert.Equal(ArgumentConstraintKind.ExactlyOneOf, six.Kind);
        Assert.Contains("regional_nat_gateway_id", six.Names);
        var five = Assert.Single(Five.Get(SchemaKind.Resource, "aws_flow_log")!.Block.ConstraintsOn("vpc_id"));
        Assert.DoesNotContain("regional_nat_gateway_id", five.Names);
        var bucket = Assert.Single(Six.Get(SchemaKind.Resource, "aws_s3_bucket")!.Block.Constraints);
        Assert.Equal(ArgumentConstraintKind.ConflictsWith, bucket.Kind);
        Assert.Equal(["bucket", "bucket_prefix"], bucket.Names.ToArray());
    }

    [Fact]
    public void Unknown_types_get_suggestions()
    {
        Assert.Equal("aws_s3_bucket", Six.SuggestType(SchemaKind.Resource, "aws_s3_buckt")[0]);
        Assert.Equal("aws_vpc", Six.SuggestType(SchemaKind.DataSource, "aws_vcp")[0]);
    }

    [Fact]
    public void Data_sources_are_separate_from_resources()
    {
        var vpc = Six.Get(SchemaKind.DataSource, "aws_vpc")!;
        Assert.Equal(SchemaKind.DataSource, vpc.Kind);
        Assert.True(Assert.IsType<AttributeSchema>(vpc.Find("arn")).IsComputedOnly);
        Assert.Equal(BlockNesting.List, vpc.Block.GetBlock("filter")!.Nesting);
        Assert.Equal("region is deprecated. Use requester_region instead.",
            Six.Get(SchemaKind.DataSource, "aws_vpc_peering_connection")!.Find("region")!.DeprecationMessage);
    }

    private static ProviderCatalog Read(string resource)
    {
        using var stream = typeof(ProviderCatalogs).Assembly.GetManifestResourceStream(resource)!;
        return ProviderCatalog.Read(stream);
    }
}

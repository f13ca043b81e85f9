using System.Text;
using ConfigLint.Configuration;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Tests.Aws;

public sealed class UserSchemaTests
{
    // The shape of `terraform providers schema -json` (format 1.0), cut down to a few types: an SDKv2-style
    // resource with list/set blocks, a Plugin Framework nested attribute, a data source, and a second provider.
    private const string Sample = """
        {
          "format_version": "1.0",
          "provider_schemas": {
            "registry.terraform.io/hashicorp/aws": {
              "provider": {
                "version": 0,
                "block": {
                  "attributes": { "region": { "type": "string", "optional": true } },
                  "description_kind": "plain"
                }
              },
              "resource_schemas": {
                "aws_flow_log": {
                  "version": 1,
                  "block": {
                    "attributes": {
                      "arn": { "type": "string", "computed": true },
                      "log_destination": { "type": "string", "optional": true, "computed": true },
                      "log_group_name": { "type": "string", "optional": true, "deprecated": true },
                      "tags": { "type": ["map", "string"], "optional": true },
                      "vpc_id": { "type": "string", "optional": true }
                    },
                    "block_types": {
                      "destination_options": {
                        "nesting_mode": "list",
                        "block": {
                          "attributes": { "file_format": { "type": "string", "optional": true } }
                        },
                        "max_items": 1
                      }
                    }
                  }
                },
                "aws_security_group": {
                  "version": 1,
                  "block": {
                    "attributes": {
                      "ingress": {
                        "type": ["set", ["object", { "from_port": "number", "cidr_blocks": ["list", "string"] }]],
                        "optional": true, "computed": true
                      },
                      "name": { "type": "string", "optional": true, "computed": true }
                    }
                  }
                },
                "aws_bedrockagent_flow": {
                  "version": 0,
                  "block": {
                    "attributes": {
                      "definition": {
                        "nested_type": {
                          "attributes": { "connection": { "type": "dynamic", "required": true } },
                          "nesting_mode": "list"
                        },
                        "optional": true
                      },
                      "name": { "type": "string", "required": true }
                    },
                    "block_types": {
                      "timeouts": { "nesting_mode": "single", "block": { "attributes": { "create": { "type": "string", "optional": true } } } },
                      "rule": { "nesting_mode": "set", "block": {}, "min_items": 1 }
                    },
                    "deprecated": true
                  }
                }
              },
              "data_source_schemas": {
                "aws_vpc": { "version": 0, "block": { "attributes": { "cidr_block": { "type": "string", "optional": true, "computed": true } } } }
              }
            },
            "registry.terraform.io/acme/widgets": {
              "resource_schemas": {
                "widgets_gadget": { "version": 0, "block": { "attributes": { "size": { "type": "number", "required": true } } } }
              }
            }
          }
        }
        """;

    [Fact]
    public void Schema_json_becomes_one_catalog_per_provider()
    {
        var catalogs = ProviderSchemaJson.Parse(Encoding.UTF8.GetBytes(Sample), "schema.json");
        Assert.Equal(["registry.terraform.io/acme/widgets", "registry.terraform.io/hashicorp/aws"], catalogs.Select(c => c.ProviderAddress).Order());
        var aws = catalogs.Single(c => c.ProviderAddress == ProviderAddresses.Aws);
        Assert.Equal(3, aws.ResourceCount);
        Assert.Equal(1, aws.DataSourceCount);
        Assert.Null(aws.Version);
        Assert.False(aws.IsBuiltIn);
        Assert.Equal("schema.json", aws.Source);
        Assert.NotNull(aws.ProviderBlock!.Block.GetAttribute("region"));

        var flowLog = aws.GetResource("aws_flow_log")!;
        var logDestination = flowLog.Block.GetAttribute("log_destination")!;
        Assert.True(logDestination.IsOptional && logDestination.IsComputed && !logDestination.IsComputedOnly);
        Assert.True(flowLog.Block.GetAttribute("arn")!.IsComputedOnly);
        Assert.Equal("map(string)", flowLog.Block.GetAttribute("tags")!.Type);
        var logGroup = flowLog.Block.GetAttribute("log_group_name")!;
        Assert.True(logGroup.IsDeprecated);
        Assert.Null(logGroup.DeprecationMessage);
        var options = flowLog.Block.GetBlock("destination_options")!;
        Assert.Equal((BlockNesting.List, 0, 1), (options.Nesting, options.MinItems, options.MaxItems));

        Assert.Equal("set(object)", aws.GetResource("aws_security_group")!.Block.GetAttribute("ingress")!.Type);

        var flow = aws.GetResource("aws_bedrockagent_flow")!;
        Assert.True(flow.IsDeprecated);
        var definition = flow.Block.GetAttribute("definition")!;
        Assert.Equal(BlockNesting.List, definition.NestedNesting);
        Assert.True(definition.NestedType!.GetAttribute("connection")!.IsRequired);
        Assert.Equal(1, flow.Block.GetBlock("timeouts")!.MaxItems);
        Assert.True(flow.Block.GetBlock("rule")!.IsRequired);
        Assert.Equal(BlockNesting.Set, flow.Block.GetBlock("rule")!.Nesting);
        Assert.IsType<AttributeSchema>(flow.Find(["definition"], "connection"));

        Assert.Equal("cidr_block", Assert.Single(aws.GetDataSource("aws_vpc")!.Block.Attributes).Name);
    }

    [Fact]
    public void User_schemas_replace_the_built_in_catalog_of_their_provider_and_add_others()
    {
        var set = ProviderCatalogs.BuiltIn.WithUserCatalogs(ProviderSchemaJson.Parse(Encoding.UTF8.GetBytes(Sample), "schema.json"));
        var aws = set.Select(ProviderAddresses.Aws, "~> 5.0")!;
        Assert.False(aws.Catalog.IsBuiltIn);
        Assert.True(aws.MatchesConstraint);
        Assert.Empty(aws.OtherLines);
        Assert.Null(aws.Get(SchemaKind.Resource, "aws_s3_bucket"));
        Assert.True(set.IsFromUserSchema("hashicorp/aws"));
        Assert.NotNull(set.Select("acme/widgets")!.Get(SchemaKind.Resource, "widgets_gadget"));
        Assert.Equal(2, ProviderCatalogs.BuiltIn.Lines("aws").Length);
    }

    [Fact]
    public void Later_user_schemas_of_one_provider_extend_earlier_ones()
    {
        const string extra = """
            {"format_version":"1.0","provider_schemas":{"registry.terraform.io/acme/widgets":{"resource_schemas":{
              "widgets_gizmo":{"version":0,"block":{}},
              "widgets_gadget":{"version":0,"block":{"attributes":{"colour":{"type":"string","optional":true}}}}}}}}
            """;
        var set = ProviderCatalogSet.Empty
            .WithUserCatalogs(ProviderSchemaJson.Parse(Encoding.UTF8.GetBytes(Sample), "a.json"))
            .WithUserCatalogs(ProviderSchemaJson.Parse(Encoding.UTF8.GetBytes(extra), "b.json"));
        var widgets = set.Select("acme/widgets")!.Catalog;
        Assert.Equal(2, widgets.ResourceCount);
        Assert.NotNull(widgets.GetResource("widgets_gadget")!.Block.GetAttribute("colour"));
        Assert.Null(widgets.GetResource("widgets_gadget")!.Block.GetAttribute("size"));
    }

    [Theory]
    [InlineData("{\"format_version\": \"1.0\",\n \"provider_schemas\": {", "not valid JSON at line 2")]
    [InlineData("[]", "expected the JSON object")]
    [InlineData("{\"format_version\": \"2.0\", \"provider_schemas\": {}}", "unsupported format_version")]
    [InlineData("{\"format_version\": \"1.0\"}", "missing 'provider_schemas'")]
    [InlineData("{\"provider_schemas\": {\"p\": {\"resource_schemas\": {\"r\": {\"block\": {\"block_types\": {\"b\": {\"block\": {}}}}}}}}}", "missing 'nesting_mode'")]
    [InlineData("{\"provider_schemas\": {\"p\": {\"resource_schemas\": {\"r\": {\"block\": {\"attributes\": {\"a\": {\"required\": \"yes\", \"type\": \"string\"}}}}}}}}", "'required' must be true or false")]
    [InlineData("{\"provider_schemas\": {\"p\": {\"resource_schemas\": {\"r\": {\"block\": {\"attributes\": {\"a\": {\"optional\": true}}}}}}}}", "needs 'type' or 'nested_type'")]
    public void Bad_schema_json_names_the_file_and_the_problem(string json, string expected)
    {
        var exception = Assert.Throws<ProviderSchemaException>(() => ProviderSchemaJson.Parse(Encoding.UTF8.GetBytes(json), "bad.json"));
        Assert.StartsWith("bad.json", exception.Message);
        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void Schema_files_for_a_run_are_loaded_once_and_bad_ones_are_configuration_errors()
    {
        var directory = Directory.CreateTempSubdirectory("configlint-schema-");
        try
        {
            var good = Path.Combine(directory.FullName, "schema.json");
            File.WriteAllText(good, Sample);
            var set = ProviderCatalogs.For([good]);
            Assert.Same(set, ProviderCatalogs.For([good]));
            Assert.False(set.Select("aws")!.Catalog.IsBuiltIn);
            Assert.Same(ProviderCatalogs.BuiltIn, ProviderCatalogs.For([]));

            var bad = Path.Combine(directory.FullName, "broken.json");
            File.WriteAllText(bad, "{ nope");
            var exception = Assert.Throws<ConfigurationException>(() => ProviderCatalogs.Preload([good, bad]));
            var error = Assert.Single(exception.Errors);
            Assert.Contains("broken.json", error.Message);
            Assert.StartsWith("provider schema ", error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Model.Terraform;

public sealed class TerraformEvaluatorTests
{
    private static TerraformValue Output(TempWorkspace workspace, string output, string directory = "", BindingSettings? settings = null) =>
        TerraformGraph.Bind(workspace, settings).Model().GetModule(directory)!.Evaluator.Output(output);

    private static TerraformValue Expression(string expression, string extra = "")
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", extra + "\noutput \"x\" {\n  value = " + expression + "\n}\n");
        return Output(workspace, "x");
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("\"5\" + 1", "6")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("7 % 3", "1")]
    [InlineData("1 < 2 && !false", "true")]
    [InlineData("true ? \"a\" : \"b\"", "\"a\"")]
    [InlineData("[1, 2] == [1, 2]", "true")]
    [InlineData("1 == \"1\"", "false")]
    [InlineData("\"a-${1 + 1}-${true}\"", "\"a-2-true\"")]
    [InlineData("\"%{ if 1 > 0 }yes%{ else }no%{ endif }\"", "\"yes\"")]
    [InlineData("\"%{ for i, v in [\"a\", \"b\"] }${i}=${v};%{ endfor }\"", "\"0=a;1=b;\"")]
    [InlineData("[for v in [1, 2, 3] : v * 2 if v != 2]", "[2, 6]")]
    [InlineData("{ for k, v in { a = 1, b = 2 } : upper(k) => v }", "{ A = 1, B = 2 }")]
    [InlineData("{ for v in [\"x\", \"y\", \"x\"] : v => 1... }", "{ x = [1, 1], y = [1] }")]
    [InlineData("[{ n = 1 }, { n = 2 }][*].n", "[1, 2]")]
    [InlineData("{ a = [10, 20] }.a[1]", "20")]
    [InlineData("{ a = [10, 20] }[\"a\"].0", "10")]
    [InlineData("cidrsubnet(\"10.0.0.0/16\", 8, 2)", "\"10.0.2.0/24\"")]
    [InlineData("merge({ a = 1 }, { b = 2 })", "{ a = 1, b = 2 }")]
    [InlineData("max([1, 5, 3]...)", "5")]
    [InlineData("try(local.m.missing, \"fallback\")", "\"fallback\"")]
    [InlineData("can(local.m.missing)", "false")]
    [InlineData("can(local.m.present)", "true")]
    [InlineData("<<-EOT\n    a\n      b\n    EOT", "\"a\n  b\n\"")]
    public void Evaluates_the_language(string expression, string expected) =>
        Assert.Equal(expected, Expression(expression, "locals {\n  m = { present = 1 }\n}\n").ToString());

    [Theory]
    [InlineData("aws_instance.x.id")]
    [InlineData("timestamp()")]
    [InlineData("count.index")]
    [InlineData("\"${aws_instance.x.arn}-a\"")]
    [InlineData("[for s in aws_subnet.x[*].id : s]")]
    [InlineData("var.nothing")]
    public void Unknowns_propagate(string expression)
    {
        var value = Expression(expression, "resource \"aws_instance\" \"x\" {}\nresource \"aws_subnet\" \"x\" {\n  count = 2\n}\nvariable \"nothing\" {}\n");
        Assert.False(value.IsWhollyKnown, value.ToString());
        Assert.False(value.IsError, value.UnknownReason);
    }

    [Fact]
    public void Literal_resource_arguments_are_known_with_their_origin()
    {
        var value = Expression("aws_db_instance.main.engine_version", "resource \"aws_db_instance\" \"main\" {\n  engine_version = \"15.4\"\n}\n");
        Assert.Equal("\"15.4\"", value.ToString());
        var origin = value.Origins[0];
        Assert.Equal((2, 3), (origin.Location.StartLine, origin.Location.StartColumn));
        Assert.Equal("engine_version of aws_db_instance.main", origin.Description);
    }

    [Fact]
    public void Counted_and_for_each_instances_evaluate_per_instance()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            resource "aws_subnet" "a" {
              count      = 3
              cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
            }

            resource "aws_subnet" "b" {
              for_each   = { web = 10, db = 20 }
              cidr_block = "10.0.${each.value}.0/24"
            }

            output "one" { value = aws_subnet.a[1].cidr_block }
            output "all" { value = aws_subnet.a[*].cidr_block }
            output "db"  { value = aws_subnet.b["db"].cidr_block }
            """);
        var graph = TerraformGraph.Bind(workspace);
        var evaluator = graph.Model().GetModule("")!.Evaluator;
        Assert.Equal("\"10.0.1.0/24\"", evaluator.Output("one").ToString());
        Assert.Equal("[\"10.0.0.0/24\", \"10.0.1.0/24\", \"10.0.2.0/24\"]", evaluator.Output("all").ToString());
        Assert.Equal("\"10.0.20.0/24\"", evaluator.Output("db").ToString());
        var b = graph.Model().GetModule("")!.FindResource(TerraformResourceMode.Managed, "aws_subnet", "b")!;
        var instances = evaluator.Instances(b)!.Value;
        Assert.Equal(["[\"db\"]", "[\"web\"]"], instances.Select(i => i.InstanceKey));
        Assert.Equal("\"10.0.10.0/24\"", evaluator.EvaluateArgument(b, "cidr_block", instances[1])!.ToString());
        Assert.False(evaluator.EvaluateArgument(b, "cidr_block")!.IsKnown);
    }

    [Fact]
    public void Variables_follow_terraform_precedence_and_remember_where_they_came_from()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "a" { default = "default" }
            variable "b" { default = "default" }
            variable "c" { default = "default" }
            variable "d" { default = "default" }
            variable "e" { default = "default" }
            variable "n" { type = number }
            output "all" { value = [var.a, var.b, var.c, var.d, var.e, var.n] }
            """);
        workspace.Write("terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\nn = \"42\"\n");
        workspace.Write("b.auto.tfvars", "c = \"b.auto\"\nd = \"b.auto\"\ne = \"b.auto\"\n");
        workspace.Write("a.auto.tfvars.json", """{ "c": "a.auto", "d": "a.auto" }""");
        workspace.Write("env/prod.tfvars", "d = \"var-file\"\n");
        var settings = new BindingSettings
        {
            TerraformVarFiles = ["env/prod.tfvars"],
            TerraformVariables = [KeyValuePair.Create("e", "cli")],
        };
        var graph = TerraformGraph.Bind(workspace, settings);
        var evaluator = graph.Model().GetModule("")!.Evaluator;
        Assert.Equal("[\"default\", \"tfvars\", \"b.auto\", \"var-file\", \"cli\", 42]", evaluator.Output("all").ToString());
        var b = evaluator.Variable("b");
        Assert.Equal("value of \"b\" in terraform.tfvars", b.Origins[0].Description);
        Assert.Equal(("terraform.tfvars", 1, 1), (b.Origins[0].Location.Path, b.Origins[0].Location.StartLine, b.Origins[0].Location.StartColumn));
        var a = evaluator.Variable("a");
        Assert.Equal("default of variable \"a\"", a.Origins[0].Description);
        Assert.Equal((1, 16), (a.Origins[0].Location.StartLine, a.Origins[0].Location.StartColumn));
    }

    [Fact]
    public void A_value_through_locals_lists_the_default_then_the_local()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "pg" {
              default = "15.4"
            }

            locals {
              engine = var.pg
            }

            resource "aws_db_instance" "db" {
              engine_version = local.engine
            }
            """);
        var graph = TerraformGraph.Bind(workspace);
        var module = graph.Model().GetModule("")!;
        var db = module.FindResource(TerraformResourceMode.Managed, "aws_db_instance", "db")!;
        var value = module.Evaluator.EvaluateArgument(db, "engine_version")!;
        Assert.Equal("\"15.4\"", value.ToString());
        Assert.Equal(["default of variable \"pg\"", "local.engine"], value.Origins.Select(o => o.Description));
    }

    [Fact]
    public void Sensitive_variables_make_sensitive_values_and_types_convert_with_optional_defaults()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "password" {
              default   = "hunter2"
              sensitive = true
            }

            variable "settings" {
              type = object({
                name = string
                size = optional(number, 20)
                tags = optional(map(string))
              })
              default = { name = "db" }
            }

            output "url" { value = "postgres://app:${var.password}@db" }
            output "settings" { value = var.settings }
            """);
        var evaluator = TerraformGraph.Bind(workspace).Model().GetModule("")!.Evaluator;
        Assert.True(evaluator.Output("url").IsSensitive);
        Assert.Equal("{ name = \"db\", size = 20, tags = null }", evaluator.Output("settings").ToString());
    }

    [Fact]
    public void Local_modules_receive_their_inputs_and_return_their_outputs()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            module "db" {
              source  = "./modules/db"
              version = null
              engine_version = "15.4"
            }

            module "remote" {
              source = "terraform-aws-modules/vpc/aws"
            }

            output "endpoint" { value = module.db.label }
            output "remote" { value = module.remote.vpc_id }
            """);
        workspace.Write("modules/db/main.tf", """
            variable "engine_version" { type = string }
            variable "name" { default = "payments" }

            resource "aws_db_instance" "this" {
              engine_version = var.engine_version
            }

            output "label" { value = "${var.name}-${var.engine_version}-${path.module}" }
            """);
        var model = TerraformGraph.Bind(workspace).Model();
        var root = model.GetModule("")!.Evaluator;
        Assert.Equal("\"payments-15.4-modules/db\"", root.Output("endpoint").ToString());
        var remote = root.Output("remote");
        Assert.False(remote.IsKnown);
        Assert.False(remote.IsError);

        // In its own context the module knows what its only caller passes.
        var child = model.GetModule("modules/db")!;
        var db = child.FindResource(TerraformResourceMode.Managed, "aws_db_instance", "this")!;
        var value = child.Evaluator.EvaluateArgument(db, "engine_version")!;
        Assert.Equal("\"15.4\"", value.ToString());
        Assert.Equal("input \"engine_version\" of module.db", value.Origins[0].Description);
        Assert.Equal(("main.tf", 4), (value.Origins[0].Location.Path, value.Origins[0].Location.StartLine));
    }

    [Fact]
    public void Callers_that_disagree_make_a_module_input_unknown()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            module "a" {
              source = "./m"
              size   = 1
            }

            module "b" {
              source = "./m"
              size   = 2
            }
            """);
        workspace.Write("m/main.tf", "variable \"size\" {}\noutput \"size\" { value = var.size }\n");
        var model = TerraformGraph.Bind(workspace).Model();
        Assert.False(model.GetModule("m")!.Evaluator.Variable("size").IsKnown);
        var root = model.GetModule("")!;
        Assert.Equal("2", root.Evaluator.ForCall(root.FindModuleCall("b")!)!.Output("size").ToString());
    }

    [Fact]
    public void Cycles_are_unknown_not_a_stack_overflow()
    {
        using var workspace = new TempWorkspace();
        var locals = string.Join("\n", Enumerable.Range(0, 400).Select(i => $"  l{i} = local.l{i + 1}"));
        workspace.Write("main.tf", $$"""
            locals {
              a = local.b + 1
              b = local.a + 1
              self = local.self
            {{locals}}
              l400 = 1
            }

            resource "aws_security_group" "a" {
              name = aws_security_group.b.name
            }

            resource "aws_security_group" "b" {
              name = aws_security_group.a.name
            }

            output "a" { value = local.a }
            """);
        workspace.Write("m1/main.tf", "module \"m2\" {\n  source = \"../m2\"\n  x = 1\n}\nvariable \"x\" {}\noutput \"o\" { value = module.m2.o }\n");
        workspace.Write("m2/main.tf", "module \"m1\" {\n  source = \"../m1\"\n  x = 1\n}\nvariable \"x\" {}\noutput \"o\" { value = module.m1.o }\n");
        var model = TerraformGraph.Bind(workspace).Model();
        var evaluator = model.GetModule("")!.Evaluator;
        Assert.False(evaluator.Output("a").IsKnown);
        Assert.False(evaluator.Local("self").IsKnown);
        Assert.False(evaluator.Local("l0").IsKnown);
        var sg = model.GetModule("")!.FindResource(TerraformResourceMode.Managed, "aws_security_group", "a")!;
        Assert.False(evaluator.EvaluateArgument(sg, "name")!.IsKnown);
        Assert.False(model.GetModule("m1")!.Evaluator.Output("o").IsKnown);
        Assert.Equal("1", evaluator.Local("l399").ToString());
    }

    [Fact]
    public void Files_are_read_inside_the_workspace_only()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            module "app" {
              source = "./app"
            }

            output "policy" { value = file("${path.module}/policy.json") }
            output "outside" { value = file("../../etc/passwd") }
            output "exists" { value = fileexists("nope.txt") }
            output "app" { value = module.app.rendered }
            """);
        workspace.Write("policy.json", "{\"Version\": \"2012-10-17\"}");
        workspace.Write("app/main.tf", """
            output "rendered" {
              value = templatefile("${path.module}/user_data.sh.tpl", { port = 8080, names = ["a", "b"] })
            }
            """);
        workspace.Write("app/user_data.sh.tpl", "listen ${port}\n%{ for n in names ~}\nhost ${n}\n%{ endfor ~}\n");
        var evaluator = TerraformGraph.Bind(workspace).Model().GetModule("")!.Evaluator;
        Assert.Equal("\"{\\\"Version\\\": \\\"2012-10-17\\\"}\"", evaluator.Output("policy").ToString());
        Assert.False(evaluator.Output("outside").IsKnown);
        Assert.Equal("false", evaluator.Output("exists").ToString());
        Assert.Equal("\"listen 8080\nhost a\nhost b\n\"", evaluator.Output("app").ToString());
    }

    [Fact]
    public void Json_configuration_evaluates_like_native_syntax()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf.json", """
            {
              "variable": { "size": { "type": "number", "default": "3" } },
              "locals": { "name": "web-${var.size}", "list": ["${var.size}", 2], "quote": "say \"${upper(\"hi\")}\"" },
              "resource": { "aws_instance": { "web": { "count": "${var.size}", "ami": "ami-1" } } },
              "output": { "n": { "value": "${local.name}" }, "ami": { "value": "${aws_instance.web[0].ami}" } }
            }
            """);
        var evaluator = TerraformGraph.Bind(workspace).Model().GetModule("")!.Evaluator;
        Assert.Equal("\"web-3\"", evaluator.Output("n").ToString());
        Assert.Equal("[3, 2]", evaluator.Local("list").ToString());
        Assert.Equal("\"say \\\"HI\\\"\"", evaluator.Local("quote").ToString());
        Assert.Equal("\"ami-1\"", evaluator.Output("ami").ToString());
    }

    [Fact]
    public void Dynamic_blocks_expand_with_their_iterator()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "ports" { default = [22, 443] }

            resource "aws_security_group" "web" {
              dynamic "ingress" {
                for_each = var.ports
                iterator = port
                content {
                  from_port   = port.value
                  cidr_blocks = ["0.0.0.0/0"]
                }
              }
            }
            """);
        var module = TerraformGraph.Bind(workspace).Model().GetModule("")!;
        var sg = module.FindResource(TerraformResourceMode.Managed, "aws_security_group", "web")!;
        var dynamic = sg.Body.GetBlock("dynamic")!;
        var scopes = module.Evaluator.ExpandDynamic(dynamic)!.Value;
        var content = dynamic.Body.GetBlock("content")!;
        Assert.Equal(["22", "443"], scopes.Select(s => module.Evaluator.Evaluate(content.Body.GetAttribute("from_port")!.Expression, s).ToString()));
    }

    [Fact]
    public void Module_instances_see_each_value_and_non_nullable_variables_fall_back_to_their_default()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            module "svc" {
              source   = "./svc"
              for_each = { api = 8080, web = 80 }
              port     = each.value
              label    = null
            }

            output "api" { value = module.svc["api"].address }
            output "web" { value = module.svc["web"].address }
            """);
        workspace.Write("svc/main.tf", """
            variable "port" { type = number }

            variable "label" {
              type     = string
              default  = "svc"
              nullable = false
            }

            output "address" { value = "${var.label}:${var.port}" }
            """);
        var model = TerraformGraph.Bind(workspace).Model();
        var root = model.GetModule("")!.Evaluator;
        Assert.Equal("\"svc:8080\"", root.Output("api").ToString());
        Assert.Equal("\"svc:80\"", root.Output("web").ToString());

        // Two instances pass different ports: in its own context the module does not know which.
        Assert.False(model.GetModule("svc")!.Evaluator.Variable("port").IsKnown);
        Assert.Equal("\"svc\"", model.GetModule("svc")!.Evaluator.Variable("label").ToString());
    }

    [Fact]
    public void Command_line_values_parse_as_expressions_for_complex_types()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("main.tf", """
            variable "zones" { type = list(string) }
            variable "name" {}
            output "zones" { value = var.zones }
            output "name" { value = var.name }
            """);
        var settings = new BindingSettings
        {
            TerraformVariables = [KeyValuePair.Create("zones", "[\"a\", \"b\"]"), KeyValuePair.Create("name", "[not parsed]")],
        };
        var evaluator = TerraformGraph.Bind(workspace, settings).Model().GetModule("")!.Evaluator;
        Assert.Equal("[\"a\", \"b\"]", evaluator.Output("zones").ToString());
        Assert.Equal("\"[not parsed]\"", evaluator.Output("name").ToString());
        Assert.True(evaluator.Variable("zones").Origins[0].Location.IsNone);
    }
}

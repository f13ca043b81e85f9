#!/usr/bin/env python3
"""Writes tests/corpus/hcl: small Terraform files covering every HCL production and common real-world idioms.

Deterministic (fixed seed). Valid files go to valid/, files with one deliberate syntax error to invalid/.
Run from the repository root: python3 scripts/generate-hcl-corpus.py
"""
import os
import random
import shutil

ROOT = os.path.join(os.path.dirname(__file__), "..", "tests", "corpus", "hcl")
rng = random.Random(20261201)

REGIONS = ["eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1", "us-west-2"]
ENVS = ["dev", "staging", "prod", "qa"]
NAMES = ["web", "api", "worker", "db", "cache", "queue", "logs", "assets", "metrics", "auth"]
INSTANCE_TYPES = ["t3.micro", "t3.small", "m5.large", "c6g.xlarge", "r6i.2xlarge"]


def pick(items):
    return rng.choice(items)


def name():
    return pick(NAMES) + rng.choice(["", "_primary", "_secondary", "_" + str(rng.randint(1, 9))])


# ---- valid snippets: each returns a piece of a .tf file ----

def terraform_block():
    return f'''terraform {{
  required_version = ">= 1.{rng.randint(3, 9)}.0"

  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> {rng.randint(4, 5)}.{rng.randint(0, 60)}"
    }}
    random = {{
      source  = "hashicorp/random"
      version = ">= 3.5"
    }}
  }}

  backend "s3" {{
    bucket       = "tf-state-{pick(ENVS)}"
    key          = "{name()}/terraform.tfstate"
    region       = "{pick(REGIONS)}"
    use_lockfile = true
  }}
}}
'''


def provider_block():
    alias = f'\n  alias  = "{pick(["replica", "us", "dr"])}"' if rng.random() < 0.4 else ""
    return f'''provider "aws" {{
  region = var.region{alias}

  default_tags {{
    tags = {{
      Environment = var.environment
      ManagedBy   = "terraform"
    }}
  }}
}}
'''


def variable_block():
    n = name()
    kind = rng.randint(0, 5)
    if kind == 0:
        return f'''variable "{n}_instance_type" {{
  type        = string
  default     = "{pick(INSTANCE_TYPES)}"
  description = "EC2 instance type for the {n} tier"
}}
'''
    if kind == 1:
        return f'''variable "{n}_count" {{
  type    = number
  default = {rng.randint(1, 5)}

  validation {{
    condition     = var.{n}_count > 0 && var.{n}_count <= 10
    error_message = "The {n} count must be between 1 and 10."
  }}
}}
'''
    if kind == 2:
        return f'''variable "subnets" {{
  type = list(object({{
    cidr = string
    az   = string
    public = optional(bool, false)
  }}))
  default = [
    {{ cidr = "10.0.1.0/24", az = "{pick(REGIONS)}a" }},
    {{ cidr = "10.0.2.0/24", az = "{pick(REGIONS)}b", public = true }},
  ]
}}
'''
    if kind == 3:
        return f'''variable "tags" {{
  type    = map(string)
  default = {{}}
}}

variable "enabled" {{
  type     = bool
  default  = {pick(["true", "false"])}
  nullable = false
}}
'''
    if kind == 4:
        return f'''variable "db_password" {{
  type      = string
  sensitive = true

  validation {{
    condition     = length(var.db_password) >= 16
    error_message = "Use at least 16 characters."
  }}
}}
'''
    return f'''variable "allowed_cidrs" {{
  description = "CIDR blocks allowed to reach the load balancer"
  type        = set(string)
  default     = ["10.0.0.0/8", "172.16.0.0/12"]

  validation {{
    condition     = alltrue([for c in var.allowed_cidrs : can(cidrhost(c, 0))])
    error_message = "Every entry must be a valid CIDR block."
  }}
}}
'''


def s3_bucket():
    n = name()
    return f'''resource "aws_s3_bucket" "{n}" {{
  bucket        = "${{var.project}}-{n}-${{var.environment}}"
  force_destroy = {pick(["true", "false"])}

  tags = merge(local.common_tags, {{
    Name = "{n}"
  }})
}}

resource "aws_s3_bucket_public_access_block" "{n}" {{
  bucket                  = aws_s3_bucket.{n}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}}
'''


def lifecycle_rule():
    n = name()
    return f'''resource "aws_s3_bucket_lifecycle_configuration" "{n}" {{
  bucket = aws_s3_bucket.{n}.id

  rule {{
    id     = "expire-old-{n}"
    status = "Enabled"

    filter {{
      prefix = "{n}/"
    }}

    expiration {{
      days = {rng.choice([7, 30, 90, 365])}
    }}

    noncurrent_version_transition {{
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }}
  }}
}}
'''


def instance():
    n = name()
    count = rng.random() < 0.5
    meta = f"  count = var.{n}_count\n\n" if count else ""
    idx = "count.index" if count else "0"
    return f'''resource "aws_instance" "{n}" {{
{meta}  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[{idx} % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.{n}.id]
  user_data              = templatefile("${{path.module}}/init.sh.tpl", {{ env = var.environment }})

  root_block_device {{
    volume_size = {rng.choice([8, 20, 50, 100])}
    volume_type = "gp3"
    encrypted   = true
  }}

  lifecycle {{
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }}

  tags = {{
    Name = "{n}-${{{idx}}}"
  }}
}}
'''


def security_group():
    n = name()
    port = rng.choice([22, 80, 443, 5432, 6379, 8080])
    return f'''resource "aws_security_group" "{n}" {{
  name_prefix = "{n}-"
  description = "Security group for {n}"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {{
    for_each = var.ingress_rules
    iterator = rule
    content {{
      from_port   = rule.value.from_port
      to_port     = rule.value.to_port
      protocol    = lookup(rule.value, "protocol", "tcp")
      cidr_blocks = rule.value.cidr_blocks
    }}
  }}

  ingress {{
    from_port   = {port}
    to_port     = {port}
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }}

  egress {{
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }}
}}
'''


def vpc():
    return f'''resource "aws_vpc" "main" {{
  cidr_block           = "10.{rng.randint(0, 200)}.0.0/16"
  enable_dns_hostnames = true
}}

resource "aws_subnet" "private" {{
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = element(var.azs, count.index)
}}

resource "aws_internet_gateway" "main" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_eip" "nat" {{
  domain     = "vpc"
  depends_on = [aws_internet_gateway.main]
}}
'''


def iam_policy_heredoc():
    n = name()
    flush = rng.random() < 0.5
    marker = pick(["EOF", "POLICY", "EOT", "JSON"])
    opener = "<<-" if flush else "<<"
    indent = "    " if flush else ""
    return f'''resource "aws_iam_policy" "{n}" {{
  name   = "{n}-access"
  policy = {opener}{marker}
{indent}{{
{indent}  "Version": "2012-10-17",
{indent}  "Statement": [
{indent}    {{
{indent}      "Effect": "Allow",
{indent}      "Action": ["s3:GetObject", "s3:PutObject"],
{indent}      "Resource": "${{aws_s3_bucket.{n}.arn}}/*"
{indent}    }}
{indent}  ]
{indent}}}
{indent if flush else ""}{marker}
}}
'''


def iam_policy_document():
    n = name()
    return f'''data "aws_iam_policy_document" "{n}" {{
  statement {{
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.{n}.arn, "${{aws_s3_bucket.{n}.arn}}/*"]

    principals {{
      type        = "AWS"
      identifiers = [for id in var.reader_accounts : "arn:aws:iam::${{id}}:root"]
    }}

    condition {{
      test     = "StringEquals"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }}
  }}
}}
'''


def locals_block():
    kind = rng.randint(0, 4)
    if kind == 0:
        return f'''locals {{
  common_tags = {{
    Project     = var.project
    Environment = var.environment
    Owner       = "platform-team"
  }}
  name_prefix = "${{var.project}}-${{var.environment}}"
  is_prod     = var.environment == "prod"
  replicas    = local.is_prod ? 3 : 1
}}
'''
    if kind == 1:
        return '''locals {
  subnet_ids   = aws_subnet.private[*].id
  subnet_cidrs = [for s in aws_subnet.private : s.cidr_block]
  subnets_by_az = {
    for s in aws_subnet.private : s.availability_zone => s.id...
  }
  public_names = { for k, v in var.services : k => upper(v.name) if v.public }
}
'''
    if kind == 2:
        return f'''locals {{
  ports = [80, 443, {rng.randint(1024, 9999)}]
  ratio = {rng.randint(1, 9)}.{rng.randint(0, 99)}
  big   = 1.5e{rng.randint(2, 12)}
  tiny  = 2.5E-{rng.randint(1, 6)}
  neg   = -{rng.randint(1, 100)}
  math  = (local.ratio * 2 + 1) / 3 % 2 - -1
  flags = !var.enabled || (var.environment != "dev" && local.ratio >= 1.0)
  empty = null
}}
'''
    if kind == 3:
        return '''locals {
  instance_ids = aws_instance.web.*.id
  first_ip     = aws_instance.web.0.private_ip
  all_tags     = aws_instance.web[*].tags["Name"]
  nested       = var.clusters[*].nodes[0].name
  lookup_value = var.settings["feature"].enabled
  zone         = data.aws_availability_zones.available.names[0]
}
'''
    return '''locals {
  settings = jsondecode(file("${path.module}/settings.json"))
  merged   = merge(var.defaults, var.overrides...)
  args     = concat(["--verbose"], var.extra_args)
  joined   = join(",", [for a in local.args : trimspace(a)])
  arn      = provider::aws::arn_parse(var.role_arn).account_id
  padded   = format("%05d", var.build_number)
}
'''


def outputs():
    n = name()
    return f'''output "{n}_id" {{
  description = "ID of the {n} resource"
  value       = aws_instance.{n}.id
}}

output "{n}_endpoint" {{
  value     = "https://${{aws_lb.{n}.dns_name}}:${{var.port}}/health"
  sensitive = false
}}
'''


def module_block():
    n = name()
    return f'''module "{n}" {{
  source  = "terraform-aws-modules/{pick(["vpc", "eks", "rds", "s3-bucket"])}/aws"
  version = "~> {rng.randint(3, 20)}.0"

  name               = "${{local.name_prefix}}-{n}"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {{
    aws = aws.replica
  }}

  depends_on = [module.network]
}}
'''


def for_each_resource():
    n = name()
    return f'''resource "aws_route53_record" "{n}" {{
  for_each = {{
    for r in var.records : "${{r.name}}.${{r.type}}" => r
  }}

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}}
'''


def templates():
    n = name()
    return f'''locals {{
  greeting = "Hello, %{{ if var.name != "" }}${{var.name}}%{{ else }}stranger%{{ endif }}!"
  hosts    = <<-EOT
    %{{ for host in var.{n}_hosts ~}}
    server ${{host}}:8080
    %{{ endfor ~}}
  EOT
  escaped  = "literal $${{not_interpolated}} and %%{{not_a_directive}}"
  unicode  = "caf\\u00e9 \\U0001F680 tab\\tquote\\" back\\\\slash"
  trimmed  = "  ${{~ var.padded ~}}  "
}}
'''


def rds():
    n = name()
    return f'''resource "aws_db_instance" "{n}" {{
  identifier              = "{n}-${{var.environment}}"
  engine                  = "postgres"
  engine_version          = "{rng.choice(["15.5", "16.3", "14.12"])}"
  instance_class          = "db.{pick(["t4g.micro", "r6g.large", "m6g.xlarge"])}"
  allocated_storage       = {rng.choice([20, 100, 400, 500])}
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.{n}.name
}}

resource "aws_db_parameter_group" "{n}" {{
  family = "postgres16"

  parameter {{
    name  = "log_statement"
    value = "ddl"
  }}
  parameter {{
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }}
}}
'''


def kubernetes():
    n = name()
    return f'''resource "kubernetes_deployment" "{n}" {{
  metadata {{
    name      = "{n}"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = {{ app = "{n}", "app.kubernetes.io/managed-by" = "terraform" }}
  }}

  spec {{
    replicas = local.replicas

    selector {{
      match_labels = {{ app = "{n}" }}
    }}

    template {{
      metadata {{ labels = {{ app = "{n}" }} }}
      spec {{
        container {{
          name  = "{n}"
          image = "registry.example.com/{n}:${{var.image_tag}}"
          args  = ["--port", tostring(var.port)]

          env {{
            name  = "DATABASE_URL"
            value = "postgres://${{aws_db_instance.db.address}}:5432/app"
          }}
        }}
      }}
    }}
  }}
}}
'''


def misc_blocks():
    n = name()
    kind = rng.randint(0, 3)
    if kind == 0:
        return f'''moved {{
  from = aws_instance.{n}
  to   = aws_instance.{n}_v2
}}

import {{
  to = aws_s3_bucket.{n}
  id = "{n}-bucket"
}}
'''
    if kind == 1:
        return f'''check "health" {{
  data "http" "{n}" {{
    url = "https://${{aws_lb.{n}.dns_name}}/health"
  }}

  assert {{
    condition     = data.http.{n}.status_code == 200
    error_message = "${{data.http.{n}.url}} returned an unhealthy status code"
  }}
}}
'''
    if kind == 2:
        return f'''removed {{
  from = aws_instance.{n}

  lifecycle {{
    destroy = false
  }}
}}
'''
    return f'''resource "null_resource" "{n}" {{
  triggers = {{
    always = timestamp()
  }}

  provisioner "local-exec" {{
    command     = "echo ${{self.id}} > ${{path.module}}/out.txt"
    interpreter = ["/bin/bash", "-c"]
    when        = create
  }}
}}
'''


def comments_and_style():
    return f'''# Managed by the platform team.
// Do not edit by hand.
/* Multi-line
   block comment */
resource "aws_sqs_queue" "{name()}" {{ # trailing comment
  name                      = "jobs" // another
  delay_seconds             = 0 /* inline */
  message_retention_seconds = 86400
  redrive_policy = jsonencode({{
    deadLetterTargetArn = aws_sqs_queue.dlq.arn,
    maxReceiveCount     = 4, # trailing comma below
  }})
}}

locals {{ one_line = "value" }}

resource "aws_sns_topic" "alerts" {{}}
'''


def expressions():
    return f'''locals {{
  cond_chain = var.a ? "a" : var.b ? "b" : "c"
  precedence = 1 + 2 * 3 - 4 / 2 % 3
  compare    = 1 < 2 && 2 <= 3 && 4 > 3 && 4 >= 4 && 1 == 1 && 1 != 2
  unary      = -var.offset + !var.flag ? 1 : 0
  legacy     = var.list.0.name
  splat_attr = var.items.*.name
  full_splat = var.items[*].tags.Name
  paren_key  = {{ (var.key_name) = "value", "quoted key" = 1, plain: 2 }}
  tuple_nl = [
    "a",
    "b", # comment in tuple
    "c",
  ]
  obj_commas = {{ a = 1, b = 2, c = 3 }}
  nested_fn  = upper(lower(trimspace(" MiXeD ")))
  for_if     = [for i, v in var.list : v * 2 if i % 2 == 0]
  for_obj    = {{ for k, v in var.map : upper(k) => v }}
  grouped    = {{ for v in var.list : v.kind => v.name... }}
  index_expr = var.matrix[var.row][var.col]
  call_exp   = max(var.numbers...)
  strings    = ["", "x", "${{var.a}}", "%{{if true}}yes%{{endif}}"]
}}
'''


def tfvars():
    lines = [
        f'region      = "{pick(REGIONS)}"',
        f'environment = "{pick(ENVS)}"',
        f'instance_count = {rng.randint(1, 9)}',
        f'enabled = {pick(["true", "false"])}',
        'azs = ["a", "b", "c"]',
        'tags = {\n  Team = "platform"\n  CostCenter = "1234"\n}',
        'ingress_rules = [\n  {\n    from_port   = 443\n    to_port     = 443\n    cidr_blocks = ["0.0.0.0/0"]\n  },\n]',
        f'ratio = {rng.randint(0, 9)}.{rng.randint(0, 99)}',
        'empty_list = []',
        'nothing = null',
    ]
    rng.shuffle(lines)
    return "\n".join(lines[: rng.randint(3, len(lines))]) + "\n"


VALID = [
    terraform_block, provider_block, variable_block, s3_bucket, lifecycle_rule, instance, security_group, vpc,
    iam_policy_heredoc, iam_policy_document, locals_block, outputs, module_block, for_each_resource, templates, rds,
    kubernetes, misc_blocks, comments_and_style, expressions,
]

# Small files that each pin down one production or lexical corner.
EDGE_CASES = {
    "empty.tf": "",
    "only-comment.tf": "# nothing here",
    "no-final-newline.tf": 'a = "no newline at end"',
    "crlf.tf": 'resource "a" "b" {\r\n  c = "d"\r\n  e = <<EOT\r\nline\r\nEOT\r\n}\r\n',
    "bom.tf": '\ufeffvariable "x" {\n  default = 1\n}\n',
    "unicode-identifiers.tf": 'locals {\n  café = "crème"\n  名前 = "値"\n  dash-ed_name = 1\n}\n',
    "heredoc-indented-marker.tf": 'x = <<EOT\n  hello\n  EOT\n',
    "heredoc-flush-mixed.tf": 'x = <<-EOT\n      deep\n    shallow\n\n      deep again\n    EOT\n',
    "heredoc-flush-interp-first.tf": 'x = <<-EOT\n    a\n${var.b}\n    c\n  EOT\n',
    "heredoc-strip.tf": 'x = <<EOT\n%{ for a in b ~}\n  ${a}\n%{ endfor ~}\nEOT\n',
    "heredoc-nested.tf": 'x = <<A\n${<<B\ninner\nB\n}\nA\n',
    "heredoc-dollar-eol.tf": 'x = <<EOT\ncost $\nrate %\nEOT\n',
    "heredoc-empty.tf": 'x = <<EOT\nEOT\n',
    "string-escapes.tf": 'a = "\\n\\r\\t\\"\\\\"\nb = "\\u00e9\\U0001F600"\nc = "$${a} %%{b} $$ %% $x %y"\n',
    "template-if-else.tf": 'a = "%{ if var.x }yes%{ else }no%{ endif }"\nb = "%{if var.x}only%{endif}"\n',
    "template-for-key.tf": 'a = "%{ for k, v in var.m }${k}=${v};%{ endfor }"\n',
    "template-strip-both.tf": 'a = "x  ${~ var.y ~}  z"\nb = "p %{~ if true ~} q %{~ endif ~} r"\n',
    "template-literal-interp.tf": 'a = "${1}"\nb = "${true}"\nc = "n${null}n"\nd = "${"inner"}"\ne = "x${1.50}y"\n',
    "template-conditional-interp.tf": 'a = "p${var.c ? "x" : ""}"\nb = "${var.c ? "x" : "y"}"\n',
    "numbers.tf": 'a = 0\nb = 007\nc = 1.0\nd = 1.25e3\ne = 1E-3\nf = 12345678901234567890123\ng = 0.000001\nh = -0\ni = 1.e5\n',
    "unary-literals.tf": 'a = -1\nb = !true\nc = !false\nd = - 2.5\ne = --1\n',
    "one-line-blocks.tf": 'a { b = 1 }\nc "d" { e = "f" }\ng {}\nh "i" "j" {\n}\n',
    "ident-labels.tf": 'resource aws_s3_bucket logs {\n  bucket = "logs"\n}\n',
    "block-and-attr-same-name.tf": 'tags = { a = 1 }\ntags {\n  b = 2\n}\n',
    "repeated-blocks.tf": 'locals {\n  a = 1\n}\nlocals {\n  b = 2\n}\n',
    "object-keys.tf": 'x = {\n  a.b = 1\n  "s" = 2\n  3 = 3\n  (var.k) = 4\n  a[0] = 5\n  a[b] = 6\n  true = 7\n  null = 8\n  "${var.t}" = 9\n}\n',
    "object-colons.tf": 'x = { a: 1, b: "two", c: [3] }\n',
    "object-newlines.tf": 'x = {\n\n  a = 1\n\n  b = 2\n\n}\n',
    "tuple-empty-trailing.tf": 'a = []\nb = [1,]\nc = [\n  1,\n  2,\n]\n',
    "function-expand.tf": 'a = f(x...)\nb = g(1, 2,)\nc = h()\nd = provider::terraform::encode_tfvars({a = 1})\n',
    "splats.tf": 'a = b.*.c.d\nb = c[*].d[0].e\nc = d.*.0\nd = e[*]\ne = f.*\n',
    "legacy-index.tf": 'a = b.0\nc = d.1.e\n',
    "parens.tf": 'a = (1)\nb = ((2 + 3) * 4)\nc = (\n  var.x\n)\n',
    "for-variants.tf": 'a = [for x in y : x]\nb = {for k, v in m : k => v}\nc = {for v in l : v.k => v...}\nd = [for x in y : x if x != null]\ne = [\n  for x in y :\n  x\n]\n',
    "conditional-nested.tf": 'a = b ? c ? 1 : 2 : 3\nd = (e ? f : g) ? h : i\n',
    "operators-all.tf": 'a = 1 || 2 && 3 == 4 != 5 < 6 > 7 <= 8 >= 9 + 10 - 11 * 12 / 13 % 14\n',
    "comment-styles.tf": '# hash\n// slashes\n/* block */\n/*\n multi\n*/\na = 1 # after\nb = 2 // after\nc = /* mid */ 3\n',
    "comment-between-blocks.tf": 'a {\n  # inside\n}\n// between\nb {\n  /* inside */\n}\n',
    "attribute-comment-newline.tf": 'a = 1 # comment ends the line\nb = 2\n',
    "tabs.tf": 'a\t=\t1\nb {\n\tc = 2\n}\n',
    "deep-nesting.tf": 'a = [[[[[[[[[[1]]]]]]]]]]\nb = {a = {b = {c = {d = {e = 1}}}}}\n',
    "quoted-label-escape.tf": 'a "x\\ty" "\\u00e9" {\n}\n',
    "long-string.tf": 'a = "' + ("lorem ipsum dolor sit amet " * 40) + '"\n',
    "nested-interpolation.tf": 'a = "${"${"${var.x}"}"}"\nb = "${format("%s-%s", "a", "${var.b}")}"\n',
    "interp-newlines.tf": 'a = "${\n  var.x\n}"\n',
    "empty-string.tf": 'a = ""\nb = "${""}"\n',
    "percent-modulo.tf": 'a = 10 % 3\nb = "100%"\nc = "50% off"\n',
    "dollar-alone.tf": 'a = "$"\nb = "a$"\nc = "$$"\nd = "%"\n',
    "tfvars-like.tfvars": 'region = "eu-west-1"\ncounts = { web = 2, api = 3 }\n',
    "heredoc-in-function.tf": 'a = jsonencode(<<EOT\n{"k": "v"}\nEOT\n)\n',
    "heredoc-crlf-marker.tf": 'a = <<EOT\r\nx\r\n  EOT  \r\n',
}

# ---- invalid files: (name, text) with one kind of error each ----

INVALID = {
    "missing-newline-after-argument.tf": 'a = 1 b = 2\n',
    "comma-after-argument.tf": 'a = 1,\nb = 2\n',
    "unclosed-block.tf": 'resource "a" "b" {\n  c = 1\n',
    "unclosed-nested-block.tf": 'a {\n  b {\n    c = 1\n  }\n',
    "attribute-redefined.tf": 'a = 1\nb = 2\na = 3\n',
    "attribute-redefined-in-block.tf": 'x {\n  a = 1\n  a = 2\n}\n',
    "argument-required.tf": '= 1\n',
    "argument-required-ident.tf": 'a\n',
    "quoted-argument-name.tf": '"a" = 1\n',
    "invalid-expression.tf": 'a = \n',
    "invalid-expression-operator.tf": 'a = * 2\n',
    "missing-expression-eof.tf": 'a =',
    "legacy-index-chained.tf": 'a = b.0.1\n',
    "legacy-index-splat-chained.tf": 'a = b.*.0.1\n',
    "nested-splat.tf": 'a = b.*.*\n',
    "splat-missing-bracket.tf": 'a = b[*\n',
    "unterminated-string.tf": 'a = "abc\n',
    "unterminated-string-eof.tf": 'a = "abc',
    "unterminated-heredoc.tf": 'a = <<EOT\nhello\n',
    "heredoc-marker-no-newline.tf": 'a = <<EOT\nhello\nEOT',
    "unclosed-interpolation.tf": 'a = "${var.x"\n',
    "interpolation-colon.tf": 'a = "${a:b}"\n',
    "interpolation-extra.tf": 'a = "${a b}"\n',
    "unbalanced-parens.tf": 'a = (1 + 2\n',
    "unbalanced-parens-extra.tf": 'a = (1 2)\n',
    "tuple-missing-comma.tf": 'a = [1 2]\n',
    "tuple-unterminated.tf": 'a = [1, 2\n',
    "object-missing-value.tf": 'a = { b }\n',
    "object-missing-separator.tf": 'a = { b = 1 c = 2 }\n',
    "object-missing-equals.tf": 'a = { b c }\n',
    "object-unterminated.tf": 'a = { b = 1\n',
    "object-newline-value.tf": 'a = {\n  b =\n  2\n}\n',
    "for-missing-in.tf": 'a = [for x y : x]\n',
    "for-missing-colon.tf": 'a = [for x in y x]\n',
    "for-tuple-with-key.tf": 'a = [for k, v in m : k => v]\n',
    "for-object-without-key.tf": 'a = {for v in l : v}\n',
    "for-tuple-grouping.tf": 'a = [for v in l : v...]\n',
    "for-extra.tf": 'a = [for v in l : v v]\n',
    "for-no-variable.tf": 'a = [for in l : 1]\n',
    "conditional-missing-false.tf": 'a = b ? c\n',
    "function-missing-comma.tf": 'a = f(1 2)\n',
    "function-unterminated.tf": 'a = f(1,\n',
    "function-expand-not-last.tf": 'a = f(x..., y)\n',
    "provider-function-missing-name.tf": 'a = provider::(1)\n',
    "provider-function-missing-paren.tf": 'a = provider::aws::x\n',
    "block-with-equals.tf": 'a "b" = {\n}\n',
    "block-newline-before-brace.tf": 'a "b"\n{\n}\n',
    "block-bad-label.tf": 'a 1 {\n}\n',
    "block-label-template.tf": 'a "${b}" {\n}\n',
    "block-missing-newline.tf": 'a {\n} b {\n}\n',
    "single-line-block-two-args.tf": 'a { b = 1, c = 2 }\n',
    "single-line-block-newline.tf": 'a { b = 1\n}\n',
    "single-line-block-nested.tf": 'a { b {} }\n',
    "invalid-character.tf": 'a = 1 @ 2\n',
    "invalid-semicolon.tf": 'a = 1;\n',
    "single-quotes.tf": "a = 'x'\n",
    "backtick.tf": 'a = `x`\n',
    "bitwise-and.tf": 'a = 1 & 2\n',
    "curly-quotes.tf": 'a = \u201cx\u201d\n',
    "invalid-escape.tf": 'a = "\\q"\n',
    "invalid-unicode-escape.tf": 'a = "\\u12"\n',
    "surrogate-escape.tf": 'a = "\\ud800"\n',
    "template-unclosed-if.tf": 'a = "%{ if b }x"\n',
    "template-stray-endif.tf": 'a = "x%{ endif }"\n',
    "template-double-else.tf": 'a = "%{if b}1%{else}2%{else}3%{endif}"\n',
    "template-else-in-for.tf": 'a = "%{for x in y}1%{else}2%{endfor}"\n',
    "template-bad-keyword.tf": 'a = "%{ iff b }x%{ endif }"\n',
    "template-directive-extra.tf": 'a = "%{ if b c }x%{ endif }"\n',
    "invalid-number.tf": 'a = 1.2.3\n',
    "attribute-name-after-dot.tf": 'a = b.\n',
    "index-missing-bracket.tf": 'a = b[1\n',
    "multiline-quoted-string.tf": 'a = "line one\nline two"\n',
    "stray-close-brace.tf": 'a = 1\n}\n',
    "error-after-valid-blocks.tf": 'resource "a" "b" {\n  c = 1\n}\n\nresource "d" "e" {\n  f = [1, 2\n}\n',
    "lone-carriage-return.tf": 'a = 1\rb = 2\n',
    "block-comment-unterminated.tf": 'a = 1\n/* never closed\nb = 2\n',
}

VALID_MUTATIONS = 0


def main():
    for folder in ("valid", "invalid"):
        shutil.rmtree(os.path.join(ROOT, folder), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, folder))
    count = 0
    for fname, text in EDGE_CASES.items():
        write(os.path.join(ROOT, "valid", fname), text)
        count += 1
    index = 0
    while count < 260:
        parts = [rng.choice(VALID)() for _ in range(rng.randint(1, 4))]
        index += 1
        write(os.path.join(ROOT, "valid", f"module-{index:03}.tf"), "\n".join(parts))
        count += 1
    for i in range(25):
        write(os.path.join(ROOT, "valid", f"vars-{i + 1:02}.tfvars"), tfvars())
    for fname, text in INVALID.items():
        write(os.path.join(ROOT, "invalid", fname), text)
    print(f"wrote {count + 25} valid and {len(INVALID)} invalid files under {os.path.normpath(ROOT)}")


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()

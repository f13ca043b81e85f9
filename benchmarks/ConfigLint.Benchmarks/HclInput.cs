using System.Text;

namespace ConfigLint.Benchmarks;

/// <summary>Deterministic, realistic Terraform text of about a requested size, for parser benchmarks.</summary>
public static class HclInput
{
    /// <summary>Valid HCL of at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string Create(int bytes, int seed = 7)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(bytes + 4096);
        builder.Append("""
            terraform {
              required_version = ">= 1.6.0"
              required_providers {
                aws = {
                  source  = "hashicorp/aws"
                  version = "~> 5.40"
                }
              }
            }

            locals {
              common_tags = {
                Project     = var.project
                Environment = var.environment
              }
              name_prefix = "${var.project}-${var.environment}"
            }

            """);
        var index = 0;
        while (builder.Length < bytes)
        {
            Append(builder, random, index++);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Random random, int i)
    {
        switch (random.Next(5))
        {
            case 0:
                builder.Append($$"""
                    resource "aws_instance" "web_{{i}}" {
                      count                  = var.web_count
                      ami                    = data.aws_ami.ubuntu.id
                      instance_type          = var.environment == "prod" ? "m5.large" : "t3.micro"
                      subnet_id              = aws_subnet.private[count.index % length(aws_subnet.private)].id
                      vpc_security_group_ids = [aws_security_group.web.id, aws_security_group.ssh.id]
                      user_data              = templatefile("${path.module}/init.sh.tpl", { port = {{8000 + i % 100}} })

                      root_block_device {
                        volume_size = {{20 + i % 80}}
                        volume_type = "gp3"
                        encrypted   = true
                      }

                      tags = merge(local.common_tags, {
                        Name = "${local.name_prefix}-web-${count.index}"
                      })
                    }


                    """);
                break;
            case 1:
                builder.Append($$"""
                    resource "aws_security_group" "sg_{{i}}" {
                      name_prefix = "sg-{{i}}-"
                      vpc_id      = aws_vpc.main.id

                      dynamic "ingress" {
                        for_each = var.ingress_rules
                        content {
                          from_port   = ingress.value.from_port
                          to_port     = ingress.value.to_port
                          protocol    = lookup(ingress.value, "protocol", "tcp")
                          cidr_blocks = ingress.value.cidr_blocks
                        }
                      }

                      egress {
                        from_port   = 0
                        to_port     = 0
                        protocol    = "-1"
                        cidr_blocks = ["0.0.0.0/0"] # all outbound
                      }
                    }


                    """);
                break;
            case 2:
                builder.Append($$"""
                    resource "aws_iam_policy" "policy_{{i}}" {
                      name   = "policy-{{i}}"
                      policy = <<-EOF
                        {
                          "Version": "2012-10-17",
                          "Statement": [{
                            "Effect": "Allow",
                            "Action": ["s3:GetObject", "s3:PutObject"],
                            "Resource": "${aws_s3_bucket.assets.arn}/*"
                          }]
                        }
                      EOF
                    }


                    """);
                break;
            case 3:
                builder.Append($$"""
                    locals {
                      subnets_{{i}} = { for s in aws_subnet.private : s.availability_zone => s.id }
                      cidrs_{{i}}   = [for n in range({{1 + i % 5}}) : cidrsubnet(var.vpc_cidr, 8, n)]
                      ids_{{i}}     = aws_instance.web_{{i}}[*].id
                      ratio_{{i}}   = {{i % 10}}.{{i % 97}} * 2 + 1
                    }


                    """);
                break;
            default:
                builder.Append($$"""
                    variable "setting_{{i}}" {
                      type        = string
                      default     = "value-{{i}}"
                      description = "Setting number {{i}} for the ${var.project} stack"

                      validation {
                        condition     = length(var.setting_{{i}}) > 0
                        error_message = "The setting must not be empty."
                      }
                    }

                    output "setting_{{i}}" {
                      value = var.setting_{{i}}
                    }


                    """);
                break;
        }
    }
}

using System.Text;

namespace ConfigLint.Corpus;

/// <summary>
/// Writes projects until the file budget is spent. Each project is one of: a Terraform module (main, variables,
/// outputs, tfvars, a local child module), a Compose project (compose file, .env variants), or a set of
/// Kubernetes manifests (Deployment, Service, ConfigMap, Secret). A few deliberate mistakes are sprinkled in so
/// rules have work to do. Same seed, same bytes.
/// </summary>
public sealed class CorpusWriter(int seed, string root)
{
    private readonly Random _random = new(seed);
    private int _files;
    private long _bytes;

    public (int Files, long Bytes) Write(int fileBudget)
    {
        Directory.CreateDirectory(root);
        var project = 0;
        while (_files < fileBudget)
        {
            var kind = project % 3;
            var directory = Path.Combine(root, $"{Kind(kind)}-{project:D5}");
            switch (kind)
            {
                case 0: WriteTerraform(directory, project); break;
                case 1: WriteCompose(directory, project); break;
                default: WriteKubernetes(directory, project); break;
            }

            project++;
        }

        return (_files, _bytes);
    }

    private static string Kind(int kind) => kind switch { 0 => "terraform", 1 => "compose", _ => "k8s" };

    private void WriteTerraform(string directory, int project)
    {
        var name = $"svc{project}";
        var buckets = _random.Next(2, 8);
        var main = new StringBuilder();
        main.Append($$"""
            terraform {
              required_version = ">= 1.6"
              required_providers {
                aws = {
                  source  = "hashicorp/aws"
                  version = "~> 5.0"
                }
              }
              backend "s3" {
                bucket         = "state-{{name}}"
                key            = "terraform.tfstate"
                region         = "eu-west-1"
                dynamodb_table = "locks"
              }
            }

            provider "aws" {
              region = var.region
            }

            locals {
              tags = merge(var.tags, { Service = "{{name}}" })
              cidr = "10.{{project % 250}}.0.0/16"
            }

            resource "aws_vpc" "main" {
              cidr_block           = local.cidr
              enable_dns_hostnames = true
              tags                 = local.tags
            }

            resource "aws_subnet" "private" {
              count             = 3
              vpc_id            = aws_vpc.main.id
              cidr_block        = cidrsubnet(local.cidr, 8, count.index)
              availability_zone = "eu-west-1${["a", "b", "c"][count.index]}"
              tags              = merge(local.tags, { Name = "private-${count.index}" })
            }

            resource "aws_security_group" "db" {
              name   = "{{name}}-db"
              vpc_id = aws_vpc.main.id

              ingress {
                from_port   = 5432
                to_port     = 5432
                protocol    = "tcp"
                cidr_blocks = [aws_vpc.main.cidr_block]
              }
            }

            resource "aws_db_instance" "main" {
              identifier        = "{{name}}"
              engine            = "postgres"
              engine_version    = var.db_engine_version
              instance_class    = "db.t3.medium"
              allocated_storage = {{_random.Next(20, 500)}}
              storage_encrypted = true
              username          = "app"
              password          = var.db_password
              skip_final_snapshot = {{(_random.Next(4) == 0 ? "true" : "false")}}
            }

            module "queue" {
              source = "./modules/queue"
              name   = "{{name}}"
              tags   = local.tags
            }

            """);
        for (var i = 0; i < buckets; i++)
        {
            main.Append($$"""

                resource "aws_s3_bucket" "data_{{i}}" {
                  bucket = "{{name}}-data-{{i}}"
                  tags   = local.tags
                }

                resource "aws_s3_bucket_lifecycle_configuration" "data_{{i}}" {
                  bucket = aws_s3_bucket.data_{{i}}.id

                  rule {
                    id     = "expire"
                    status = "Enabled"
                    {{(i % 3 == 0 ? "" : "filter {}")}}
                    expiration {
                      days = {{30 + i}}
                    }
                  }
                }

                """);
        }

        Emit(directory, "main.tf", main.ToString());
        Emit(directory, "variables.tf", $$"""
            variable "region" {
              type    = string
              default = "eu-west-1"
            }

            variable "db_engine_version" {
              type        = string
              description = "PostgreSQL version"
              default     = "{{(_random.Next(5) == 0 ? "15.4" : "16.3")}}"
            }

            variable "db_password" {
              type      = string
              sensitive = true
            }

            variable "tags" {
              type    = map(string)
              default = {}
            }

            """);
        Emit(directory, "outputs.tf", """
            output "vpc_id" {
              value = aws_vpc.main.id
            }

            output "db_endpoint" {
              value = aws_db_instance.main.endpoint
            }

            output "queue_arn" {
              value = module.queue.arn
            }

            """);
        Emit(directory, "terraform.tfvars", $"region = \"eu-west-1\"\ntags = {{ Team = \"team-{project % 7}\" }}\n");
        Emit(Path.Combine(directory, "modules", "queue"), "main.tf", """
            variable "name" {
              type = string
            }

            variable "tags" {
              type = map(string)
            }

            resource "aws_sqs_queue" "this" {
              name                      = "${var.name}-events"
              message_retention_seconds = 86400
              tags                      = var.tags
            }

            output "arn" {
              value = aws_sqs_queue.this.arn
            }

            """);
    }

    private void WriteCompose(string directory, int project)
    {
        var port = 3000 + _random.Next(0, 20);
        var drift = _random.Next(4) == 0;
        Emit(directory, "docker-compose.yml", $$"""
            services:
              api:
                image: registry.example.test/api-{{project}}:{{(drift ? "2.0.0" : "1.4.2")}}
                ports:
                  - "{{8000 + project % 1000}}:{{port}}"
                env_file:
                  - .env
                depends_on:
                  - db
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:{{port}}/health"]
                  interval: 30s
              worker:
                image: registry.example.test/api-{{project}}:1.4.2
                command: ["python", "-m", "worker"]
                env_file: .env
              db:
                image: postgres:16
                environment:
                  POSTGRES_USER: app
                  POSTGRES_PASSWORD: ${DB_PASSWORD:-devpassword}
                volumes:
                  - db-data:/var/lib/postgresql/data
            volumes:
              db-data: {}

            """);
        Emit(directory, ".env", $"PORT={(drift ? port + 2 : port)}\nDATABASE_URL=postgres://app:devpassword@db:5432/app\nLOG_LEVEL=debug\nFEATURE_FLAGS=search,export\n");
        Emit(directory, ".env.production", $"PORT={port}\nDATABASE_URL=postgres://app:${{DB_PASSWORD}}@db.internal:5432/app\nLOG_LEVEL=info\n" + (drift ? "" : "FEATURE_FLAGS=search\n"));
        Emit(directory, ".env.example", "PORT=3000\nDATABASE_URL=postgres://user:password@localhost:5432/app\nLOG_LEVEL=info\nFEATURE_FLAGS=\n");
    }

    private void WriteKubernetes(string directory, int project)
    {
        var app = $"app{project}";
        var port = 8080 + _random.Next(0, 10);
        Emit(directory, "deployment.yaml", $$"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{app}}
              namespace: team-{{project % 5}}
              labels:
                app: {{app}}
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: {{app}}
              template:
                metadata:
                  labels:
                    app: {{app}}
                spec:
                  containers:
                    - name: {{app}}
                      image: registry.example.test/{{app}}:{{(_random.Next(3) == 0 ? "latest" : "3.1.0")}}
                      ports:
                        - name: http
                          containerPort: {{port}}
                      envFrom:
                        - configMapRef:
                            name: {{app}}-config
                      env:
                        - name: DB_PASSWORD
                          valueFrom:
                            secretKeyRef:
                              name: {{app}}-secret
                              key: password
                      readinessProbe:
                        httpGet:
                          path: /ready
                          port: http
                      resources:
                        requests:
                          cpu: 100m
                          memory: 128Mi
                        limits:
                          memory: 256Mi

            """);
        Emit(directory, "service.yaml", $$"""
            apiVersion: v1
            kind: Service
            metadata:
              name: {{app}}
              namespace: team-{{project % 5}}
            spec:
              selector:
                app: {{app}}
              ports:
                - port: 80
                  targetPort: http

            """);
        Emit(directory, "config.yaml", $$"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{app}}-config
              namespace: team-{{project % 5}}
            data:
              DATABASE_HOST: {{(_random.Next(4) == 0 ? "localhost" : "postgres.databases.svc.cluster.local")}}
              LOG_LEVEL: info
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: {{app}}-secret
              namespace: team-{{project % 5}}
            type: Opaque
            stringData:
              password: ${DB_PASSWORD}

            """);
    }

    private void Emit(string directory, string name, string content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var bytes = Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n"));
        File.WriteAllBytes(path, bytes);
        _files++;
        _bytes += bytes.Length;
    }
}

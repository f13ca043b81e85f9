using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Dotenv;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Model.Compose;

public sealed class ComposeModelTests
{
    private static ComposeServiceNode Service(ConfigGraph graph, string name) =>
        graph.Nodes<ComposeServiceNode>(NodeKind.ComposeService).Single(s => s.Name == name);

    [Fact]
    public void Services_are_nodes_with_stable_ids_and_typed_accessors()
    {
        var graph = ModelGraph.Bind(("docker-compose.yml", """
            services:
              app:
                image: ghcr.io/acme/app:2.0.0
                ports:
                  - "3003:3000"
                  - target: 9000
                    published: "9001"
                    protocol: udp
                expose: ["8080"]
                depends_on:
                  - db
              db:
                image: postgres
                depends_on:
                  app:
                    condition: service_healthy
                    required: false
            """));

        var app = Service(graph, "app");
        Assert.Equal("compose:docker-compose.yml#services.app", app.Id);
        Assert.Equal("docker-compose.yml:2:3", ModelGraph.At(app.Location));
        Assert.Equal(("ghcr.io", "acme/app", "2.0.0"), (app.Image!.Parsed!.Registry, app.Image.Parsed.Repository, app.Image.Parsed.Tag));
        Assert.Equal([(3003, 3000, "tcp"), (9001, 9000, "udp")], app.Ports.Select(p => (p.PublishedStart!.Value, p.TargetStart, p.Protocol)));
        Assert.Equal("docker-compose.yml:5:15", ModelGraph.At(app.Ports[0].TargetLocation));
        Assert.Equal("docker-compose.yml:5:10", ModelGraph.At(app.Ports[0].PublishedLocation!));
        Assert.Equal([8080], app.Expose.Select(p => p.TargetStart));
        var db = Service(graph, "db");
        Assert.Equal(("app", "service_healthy", false), (db.DependsOn[0].Service, db.DependsOn[0].Condition, db.DependsOn[0].Required));
        Assert.Equal(["app -> db", "db -> app"], graph.Edges.Where(e => e.Kind == EdgeKind.DependsOn).Select(e => $"{e.From.Name} -> {e.To.Name}"));
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.Contains && e.From.Id == "file:docker-compose.yml" && e.To == app);
    }

    [Fact]
    public void Interpolation_reads_the_project_env_and_records_provenance()
    {
        var graph = ModelGraph.Bind(
            ("compose.yaml", "services:\n  web:\n    image: \"nginx:${TAG}\"\n    environment:\n      URL: http://${HOST:-localhost}:${MISSING}\n"),
            (".env", "# versions\nTAG=1.25\n"));
        var web = Service(graph, "web");
        Assert.Equal("nginx:1.25", web.Image!.Reference);
        var image = Assert.IsType<ComposeInterpolatedValue>(web.Properties.Get("image"));
        var tag = Assert.Single(image.Variables);
        Assert.Equal(("TAG", "1.25", ".env:2:1"), (tag.Name, tag.Value, ModelGraph.At(tag.Source!.Location)));
        Assert.Equal("compose.yaml:3:19", ModelGraph.At(tag.Location));
        var url = (ComposeInterpolatedValue)web.GetEnvironment("URL")!.RawValue!;
        Assert.Equal("http://localhost:", url.Value);
        Assert.Equal(["HOST", "MISSING"], url.Variables.Select(v => v.Name));
        Assert.Equal([false, true], url.Variables.Select(v => v.IsMissing));
        var supplies = Assert.Single(graph.Edges, e => e.Kind == EdgeKind.Supplies);
        Assert.Equal(("compose:compose.yaml#services.web", "dotenv:.env#TAG"), (supplies.From.Id, supplies.To.Id));
    }

    [Fact]
    public void Environment_is_env_files_in_order_then_environment_with_provenance()
    {
        var graph = ModelGraph.Bind(
            ("docker-compose.yml", """
                services:
                  api:
                    image: api:1
                    env_file:
                      - common.env
                      - path: ./local.env
                        required: false
                      - path: missing.env
                    environment:
                      - LOG_LEVEL=debug
                      - FROM_SHELL
                """),
            ("common.env", "PORT=5000\nLOG_LEVEL=info\nNAME=common\n"),
            ("local.env", "NAME=local\n"));
        var api = Service(graph, "api");
        Assert.Equal([("common.env", true, true), ("local.env", false, true), ("missing.env", true, false)],
            api.EnvFiles.Select(f => (f.ResolvedPath!, f.Required, f.Exists!.Value)));
        Assert.Equal(["PORT=5000", "LOG_LEVEL=debug", "NAME=local", "FROM_SHELL="], api.Environment.Select(e => $"{e.Name}={e.Value}"));
        var port = api.GetEnvironment("PORT")!;
        Assert.Equal((ComposeEnvironmentSource.EnvFile, "common.env:1:1", "common.env:1:6"), (port.Source, ModelGraph.At(port.NameLocation), ModelGraph.At(port.ValueLocation)));
        var level = api.GetEnvironment("LOG_LEVEL")!;
        Assert.Equal((ComposeEnvironmentSource.Environment, "docker-compose.yml:10:9", "docker-compose.yml:10:19"), (level.Source, ModelGraph.At(level.NameLocation), ModelGraph.At(level.ValueLocation)));
        Assert.Null(api.GetEnvironment("FROM_SHELL")!.Value);
        Assert.Equal(["file:common.env", "file:local.env"], graph.EdgesFrom(api, EdgeKind.EnvFile).Select(e => e.To.Id));
    }

    [Fact]
    public void Build_dockerfiles_are_located_and_loaded_as_context()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("deploy/compose.yaml", """
            services:
              web:
                build: ../web
              api:
                build: {context: ../api, dockerfile: docker/Dockerfile.prod}
              inline:
                build: {context: ., dockerfile_inline: "FROM scratch"}
              remote:
                build: https://github.com/acme/app.git#main
            """);
        workspace.Write("web/Dockerfile", "FROM node:22\nEXPOSE 3000\n");
        workspace.Write("api/docker/Dockerfile.prod", "FROM python:3.12\nEXPOSE 8000/tcp 9000\n");
        var graph = ModelGraph.Bind(workspace, "deploy/compose.yaml");
        Assert.Equal("web/Dockerfile", Service(graph, "web").DockerfilePath);
        Assert.Equal("api/docker/Dockerfile.prod", Service(graph, "api").DockerfilePath);
        Assert.Null(Service(graph, "inline").DockerfilePath);
        Assert.Null(Service(graph, "remote").DockerfilePath);
        var dockerfile = Assert.IsType<ConfigLint.Syntax.Dockerfile.DockerfileSyntaxTree>(graph.FindTree("api/docker/Dockerfile.prod"));
        Assert.Equal([8000, 9000], dockerfile.ExposedPorts().Select(p => p.Port));
        Assert.NotNull(graph.FindTree("web/Dockerfile"));
    }

    [Fact]
    public void Env_files_outside_discovery_are_loaded_and_bound()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("deploy/compose.yaml", "services:\n  api:\n    image: api:1\n    env_file: ../config/api.env\n");
        workspace.Write("config/api.env", "PORT=8080\n");
        workspace.Write("deploy/.env", "TAG=1\n");
        var graph = ModelGraph.Bind(workspace, "deploy/compose.yaml");
        var api = Service(graph, "api");
        Assert.Equal("config/api.env", api.EnvFiles[0].Tree!.Path);
        Assert.Equal("8080", api.GetEnvironment("PORT")!.Value);
        Assert.IsType<DotenvEntryNode>(api.GetEnvironment("PORT")!.Entry);
        Assert.Equal("deploy/.env", Assert.Single(graph.GetModel<ComposeModel>()!.Projects).Dotenv!.Path);
    }

    [Fact]
    public void Override_file_merges_onto_the_base_as_compose_does()
    {
        var graph = ModelGraph.Bind(
            ("docker-compose.yml", """
                services:
                  web:
                    image: web:1
                    command: ["serve", "--prod"]
                    ports: ["80:80", "443:443"]
                    environment:
                      MODE: prod
                      KEEP: yes
                    volumes: ["data:/data"]
                    labels: [a=1]
                  worker:
                    image: worker:1
                    ports: ["9000:9000"]
                """),
            ("docker-compose.override.yml", """
                services:
                  web:
                    command: ["serve", "--dev"]
                    ports: ["8080:80", "127.0.0.1:443:443"]
                    environment:
                      - MODE=dev
                    volumes: ["./src:/data"]
                    labels: {b: "2"}
                  worker:
                    ports: !reset []
                  debug:
                    image: busybox
                """));
        var web = Service(graph, "web");
        Assert.Equal("compose:docker-compose.yml#services.web", web.Id);
        Assert.Equal(["serve", "--dev"], ((ConfigList)web.Command!).Items.Select(i => ((ConfigScalar)i).Text));
        Assert.Equal(["80:80", "443:443", "8080:80", "127.0.0.1:443:443"], web.Ports.Select(p => p.Text));
        Assert.Equal(["MODE=dev", "KEEP=yes"], web.Environment.Select(e => $"{e.Name}={e.Value}"));
        Assert.Equal("docker-compose.override.yml:6:9", ModelGraph.At(web.GetEnvironment("MODE")!.NameLocation));
        Assert.Equal(["./src"], web.Volumes.Select(v => v.Source));
        Assert.Equal(["a", "b"], ((ConfigObject)web.Properties.Get("labels")!).Properties.Select(p => p.Name));
        Assert.Empty(Service(graph, "worker").Ports);
        Assert.Equal("compose:docker-compose.override.yml#services.debug", Service(graph, "debug").Id);
        Assert.Single(graph.GetModel<ComposeModel>()!.Projects);
    }

    [Fact]
    public void Override_tag_replaces_instead_of_appending()
    {
        var graph = ModelGraph.Bind(
            ("compose.yaml", "services:\n  app:\n    image: a:1\n    ports: [\"8080:80\"]\n"),
            ("compose.override.yaml", "services:\n  app:\n    ports: !override\n      - \"8443:443\"\n"));
        Assert.Equal(["8443:443"], Service(graph, "app").Ports.Select(p => p.Text));
    }

    [Fact]
    public void Anchors_and_merge_keys_share_configuration_between_services()
    {
        var graph = ModelGraph.Bind(("compose.yml", """
            x-base: &base
              image: app:1
              environment:
                MODE: shared
            services:
              one:
                <<: *base
              two:
                <<: *base
                image: app:2
            """));
        Assert.Equal("app:1", Service(graph, "one").Image!.Reference);
        Assert.Equal("app:2", Service(graph, "two").Image!.Reference);
        Assert.Equal("compose.yml:2:10", ModelGraph.At(Service(graph, "one").Image!.Location));
        Assert.Equal("shared", Service(graph, "two").GetEnvironment("MODE")!.Value);
    }

    [Fact]
    public void Top_level_resources_are_nodes_and_other_compose_files_are_separate_projects()
    {
        var graph = ModelGraph.Bind(
            ("docker-compose.yml", "services:\n  a:\n    image: a:1\nnetworks:\n  front: {}\nvolumes:\n  data:\n"),
            ("docker-compose.prod.yml", "services:\n  b:\n    image: b:1\n"));
        Assert.Equal(["compose:docker-compose.yml#networks.front:network", "compose:docker-compose.yml#volumes.data:volume"],
            graph.Nodes(NodeKind.ComposeResource).Select(n => $"{n.Id}:{n.Type}"));
        Assert.Equal(2, graph.GetModel<ComposeModel>()!.Projects.Length);
    }

    [Fact]
    public void A_yaml_file_with_services_is_compose_by_content()
    {
        var graph = ModelGraph.Bind(("stack.yml", "services:\n  s:\n    image: s:1\n"));
        Assert.Equal("compose:stack.yml#services.s", Assert.Single(graph.Nodes(NodeKind.ComposeService)).Id);
    }
}

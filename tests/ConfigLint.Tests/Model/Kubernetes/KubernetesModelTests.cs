using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Model.Kubernetes;

public sealed class KubernetesModelTests
{
    private const string Api = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: aia-api
          namespace: aia-system
        spec:
          selector:
            matchLabels: {app: aia-api}
          template:
            metadata:
              labels: {app: aia-api, tier: web}
            spec:
              imagePullSecrets: [{name: registry}]
              initContainers:
                - name: migrate
                  image: aia-api:2.0.0
              containers:
                - name: api
                  image: registry.example.com/aia/api:2.0.0
                  ports: [{name: http, containerPort: 8000}]
                  env:
                    - name: DATABASE_URL
                      valueFrom:
                        secretKeyRef: {name: aia-db, key: url}
                    - name: MODE
                      value: production
                  envFrom:
                    - configMapRef: {name: aia-config}
              volumes:
                - name: cfg
                  configMap:
                    name: aia-config
                    items: [{key: settings.toml, path: settings.toml}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: aia-api, namespace: aia-system}
        spec:
          selector: {app: aia-api}
          ports: [{name: web, port: 80, targetPort: http}]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: aia-config, namespace: aia-system}
        data:
          DATABASE_HOST: aia-alloydb-primary.default.svc.cluster.local
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: aia-db, namespace: aia-system}
        data:
          url: cG9zdGdyZXNxbDovL2xvY2FsaG9zdDo1NDMyL2Fp
        stringData:
          token: plain
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: aia-system}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: aia-api}
        """;

    [Fact]
    public void Every_document_with_api_version_and_kind_is_an_object_with_a_stable_id()
    {
        var graph = ModelGraph.Bind(("k8s/api.yaml", Api));
        Assert.Equal(
        [
            "k8s:k8s/api.yaml#apps/v1/Deployment/aia-system/aia-api",
            "k8s:k8s/api.yaml#v1/Service/aia-system/aia-api",
            "k8s:k8s/api.yaml#v1/ConfigMap/aia-system/aia-config",
            "k8s:k8s/api.yaml#v1/Secret/aia-system/aia-db",
            "k8s:k8s/api.yaml#v1/Namespace/aia-system",
            "k8s:k8s/api.yaml#monitoring.coreos.com/v1/ServiceMonitor/default/aia-api",
        ], graph.Nodes(NodeKind.KubernetesObject).Select(n => n.Id));
        var deployment = graph.Nodes<KubernetesObjectNode>(NodeKind.KubernetesObject).First();
        Assert.Equal(("apps/v1/Deployment", "k8s/api.yaml:4:9"), (deployment.Type, ModelGraph.At(deployment.Location)));
    }

    [Fact]
    public void Containers_and_init_containers_are_nodes_with_env_ports_and_references()
    {
        var graph = ModelGraph.Bind(("k8s/api.yaml", Api));
        var containers = graph.Nodes<KubernetesContainerNode>(NodeKind.KubernetesContainer).ToList();
        Assert.Equal(
        [
            "k8s:k8s/api.yaml#apps/v1/Deployment/aia-system/aia-api/initContainers/migrate",
            "k8s:k8s/api.yaml#apps/v1/Deployment/aia-system/aia-api/containers/api",
        ], containers.Select(c => c.Id));
        var api = containers[1];
        Assert.Equal(("registry.example.com/aia/api:2.0.0", "k8s/api.yaml:19:18"), (api.Image, ModelGraph.At(api.ImageLocation)));
        Assert.Equal([("http", 8000)], api.Ports.Select(p => (p.Name!, p.ContainerPort!.Value)));
        Assert.Equal(["DATABASE_URL=", "MODE=production"], api.Env.Select(e => $"{e.Name}={e.Value}"));
        Assert.Equal([("Secret", "aia-db", "url"), ("ConfigMap", "aia-config", (string?)null)],
            api.References.OrderBy(r => r.Via).Select(r => (r.Target.ToString(), r.Name, r.Key)).Reverse());
        Assert.Equal("k8s/api.yaml:24:51", ModelGraph.At(api.Env[0].ValueFrom!.KeyLocation!));
        Assert.True(containers[0].IsInit);
    }

    [Fact]
    public void References_selectors_and_volumes_become_edges_within_the_namespace()
    {
        var graph = ModelGraph.Bind(("k8s/api.yaml", Api));
        var edges = graph.Edges.Where(e => e.Kind is EdgeKind.EnvFrom or EdgeKind.Mounts or EdgeKind.Selects or EdgeKind.References)
            .Select(e => $"{e.Kind} {e.From.Name} -> {e.To.Type}/{e.To.Name}").ToList();
        Assert.Equal(
        [
            "EnvFrom api -> v1/ConfigMap/aia-config",
            "EnvFrom api -> v1/Secret/aia-db",
            "Mounts aia-api -> v1/ConfigMap/aia-config",
            "Selects aia-api -> apps/v1/Deployment/aia-api",
        ], edges.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Secret_data_is_decoded_and_string_data_kept_and_service_ports_read()
    {
        var graph = ModelGraph.Bind(("k8s/api.yaml", Api));
        var model = graph.GetModel<KubernetesModel>()!;
        var secret = model.Find("aia-system", "Secret", "aia-db")!;
        Assert.Equal([("url", "postgresql://localhost:5432/ai", true), ("token", "plain", false)], secret.DataEntries.Select(e => (e.Key, e.Value!, e.IsBase64)));
        var service = model.Find("aia-system", "Service", "aia-api")!;
        var port = Assert.Single(service.ServicePorts);
        Assert.Equal(("http", true, "k8s/api.yaml:40:45"), (port.TargetPort!, port.TargetPortIsName, ModelGraph.At(port.TargetPortLocation!)));
        Assert.Null(model.Find("aia-system", "Namespace", "aia-system"));
        Assert.NotNull(model.Find(null, "Namespace", "aia-system"));
    }

    [Fact]
    public void Invalid_base64_is_marked_and_list_items_are_objects()
    {
        var graph = ModelGraph.Bind(("list.yaml", """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Secret
                metadata: {name: s}
                data: {bad: "not base64!"}
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
            """));
        var secret = graph.Nodes<KubernetesObjectNode>(NodeKind.KubernetesObject).First();
        Assert.Equal("k8s:list.yaml#v1/Secret/default/s", secret.Id);
        Assert.False(secret.DataEntries[0].IsValidBase64);
        Assert.Equal(2, graph.Nodes(NodeKind.KubernetesObject).Length);
    }

    [Fact]
    public void Kustomization_images_and_namespace_apply_to_the_files_it_builds_inner_first()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("base/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web\n");
        workspace.Write("base/kustomization.yaml", "resources: [deploy.yaml]\nimages:\n  - name: acme/web\n    newTag: \"1.0.0\"\n");
        workspace.Write("overlays/prod/kustomization.yaml", "namespace: prod\nresources: [../../base]\nimages:\n  - name: acme/web\n    newName: registry.example.com/acme/web\n");
        var graph = ModelGraph.Bind(workspace, "base/deploy.yaml", "base/kustomization.yaml", "overlays/prod/kustomization.yaml");
        var container = Assert.Single(graph.Nodes<KubernetesContainerNode>(NodeKind.KubernetesContainer));
        // Only top-level builds count: the base is built through the overlay, so its tag and then the overlay's name apply.
        Assert.Equal(["registry.example.com/acme/web:1.0.0"], container.KustomizedImages.ToArray());
        Assert.Equal("prod", container.Workload.Namespace);
        var model = graph.GetModel<KubernetesModel>()!;
        Assert.Equal(["base/deploy.yaml"], model.Kustomizations[0].Files.ToArray());
        Assert.Equal("k8s:base/deploy.yaml#apps/v1/Deployment/default/web", container.Workload.Id);
    }

    [Fact]
    public void Objects_in_other_namespaces_are_not_linked()
    {
        var graph = ModelGraph.Bind(("a.yaml", """
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: one}
            spec:
              containers:
                - name: c
                  image: busybox:1.36
                  envFrom: [{configMapRef: {name: cfg}}]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cfg, namespace: two}
            """));
        Assert.DoesNotContain(graph.Edges, e => e.Kind == EdgeKind.EnvFrom);
    }

    [Fact]
    public void Nodes_running_the_same_repository_are_linked_across_formats()
    {
        var graph = ModelGraph.Bind(
            ("docker-compose.yml", "services:\n  api:\n    image: acme/api:1.0.0\n"),
            ("k8s/api.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: api}\nspec:\n  containers:\n    - name: api\n      image: acme/api:2.0.0\n"));
        var edge = Assert.Single(graph.Edges, e => e.Kind == EdgeKind.Image);
        Assert.Equal(("k8s:k8s/api.yaml#v1/Pod/default/api/containers/api", "compose:docker-compose.yml#services.api", "k8s/api.yaml:7:14"),
            (edge.From.Id, edge.To.Id, ModelGraph.At(edge.Location)));
    }

    [Fact]
    public void Ingress_backends_are_read_and_linked_to_their_services()
    {
        var graph = ModelGraph.Bind(("ingress.yaml", """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web}
            spec:
              defaultBackend:
                service: {name: fallback, port: {number: 80}}
              rules:
                - host: aia.example.com
                  http:
                    paths:
                      - path: /api
                        pathType: Prefix
                        backend:
                          service: {name: aia-api, port: {name: web}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: aia-api}
            spec:
              ports: [{name: web, port: 80}]
            """));
        var ingress = graph.Nodes<KubernetesObjectNode>(NodeKind.KubernetesObject).First();
        Assert.Equal([("fallback", 80, null, null), ("aia-api", null, "web", "/api")],
            ingress.IngressBackends.Select(b => (b.Service, b.PortNumber, b.PortName, b.Path)));
        var edge = Assert.Single(graph.EdgesFrom(ingress, EdgeKind.References));
        Assert.Equal(("k8s:ingress.yaml#v1/Service/default/aia-api", "ingress.yaml:14:31"), (edge.To.Id, ModelGraph.At(edge.Location)));
    }
}

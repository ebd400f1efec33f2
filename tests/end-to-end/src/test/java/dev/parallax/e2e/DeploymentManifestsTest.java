package dev.parallax.e2e;

import static dev.parallax.e2e.YamlTrees.list;
import static dev.parallax.e2e.YamlTrees.map;
import static dev.parallax.e2e.YamlTrees.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps docker/ and k8s/ in step with the code: ports, environment variables, health probes and image users are
 * read from each service's application.properties and the manifests at run time, so renaming a variable or
 * moving a port in one place without the other fails here instead of in a cluster.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path K8S = ROOT.resolve("k8s");
    private static final Path DOCKER = ROOT.resolve("docker");

    /** {@code ${NAME} or ${NAME:default}} where NAME looks like an environment variable. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
    /** host and port of http(s)://host:port/... and jdbc:postgresql://host:port/... */
    private static final Pattern URL = Pattern.compile("^(?:jdbc:)?([a-z][a-z0-9+.-]*)://([^/:?#]+)(?::(\\d+))?");
    /** Environment variables that configure Quarkus or the JVM themselves rather than the service's own settings. */
    /** PARALLAX_AUTH_: service-support's ServiceAuthConfig (parallax.auth.*), read by every service. */
    private static final List<String> PLATFORM_ENV_PREFIXES = List.of("QUARKUS_", "JAVA_", "JDK_", "PARALLAX_AUTH_");
    /**
     * Secrets the operator creates in prod (docs/deployment.md, step 5) and that therefore appear in no render of prod;
     * dev carries placeholders for them.
     */
    private static final Map<String, Set<String>> OPERATOR_SECRETS = Map.of(
            "parallax-auth", Set.of("SERVICE_SECRET", "SERVICE_SECRETS", "SESSION_KEY"));
    /** What each service must get from a Secret: the secrets it accepts, sends, or encrypts sessions with. */
    private static final Map<String, Set<String>> SECRET_ENV = Map.of(
            "langid", Set.of("PARALLAX_AUTH_SERVICE_SECRETS"),
            "align", Set.of("PARALLAX_AUTH_SERVICE_SECRETS"),
            "translate", Set.of("PARALLAX_AUTH_SERVICE_SECRETS", "PARALLAX_AUTH_SERVICE_SECRET"),
            "newsroom", Set.of("PARALLAX_AUTH_SERVICE_SECRET", "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"));
    /** The keys of the Secret CloudNativePG generates for a Cluster's application user (its documentation). */
    private static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");

    static List<String> services() {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("services"))) {
            List<String> names = dirs.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
            assertThat(names).as("service modules under services/").isNotEmpty();
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Dockerfiles

    @Test
    void everyServiceModuleHasExactlyOneDockerfileAndNoOrphans() throws IOException {
        Set<String> dockerfiles;
        try (Stream<Path> files = Files.list(DOCKER)) {
            dockerfiles = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".Dockerfile"))
                    .map(name -> name.substring(0, name.length() - ".Dockerfile".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(dockerfiles).as("docker/<service>.Dockerfile for every services/<service>")
                .containsExactlyInAnyOrderElementsOf(services());
        assertThat(ROOT.resolve(".dockerignore")).as("root .dockerignore").isRegularFile();
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore")))
                .as(".dockerignore keeps build outputs out of the context")
                .anyMatch(line -> line.strip().matches("(\\*\\*/)?target/?"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void dockerfileBuildsTheModuleAndRunsItAsNonRootOnItsPort(String service) {
        Dockerfile dockerfile = Dockerfile.read(DOCKER.resolve(service + ".Dockerfile"));
        int port = ServiceConfig.of(service).port();

        assertThat(dockerfile.stages()).as("multi-stage build").isGreaterThanOrEqualTo(2);
        assertThat(dockerfile.all("RUN")).as("build stage runs the wrapper for this module")
                .anyMatch(run -> run.contains("./mvnw") && run.contains("-pl services/" + service));
        assertThat(dockerfile.finalStage("COPY")).as("runtime stage copies the fast-jar")
                .anyMatch(copy -> copy.contains("--from=") && copy.contains("services/" + service + "/target/quarkus-app"));
        for (String module : ServiceConfig.reactorModules()) {
            assertThat(dockerfile.all("COPY")).as("reactor module %s (or its POM) is in the build context", module)
                    .anyMatch(copy -> copiesModule(copy, module));
        }

        List<String> users = dockerfile.finalStage("USER");
        assertThat(users).as("USER in the runtime stage").isNotEmpty();
        String uid = users.get(users.size() - 1).split(":")[0].strip();
        assertThat(uid).as("runtime USER is a numeric uid (Kubernetes runAsNonRoot can only verify numbers)")
                .matches("\\d+");
        assertThat(Integer.parseInt(uid)).as("runtime uid").isNotZero();

        assertThat(dockerfile.finalStage("EXPOSE")).as("EXPOSE quarkus.http.port")
                .anyMatch(expose -> List.of(expose.split("\\s+")).contains(String.valueOf(port)));
        assertThat(dockerfile.finalStage("HEALTHCHECK")).as("HEALTHCHECK on /q/health of port %d", port)
                .singleElement()
                .satisfies(check -> assertThat(check).contains("/q/health/").containsPattern("[-:]" + port + "\\b"));
        assertThat(dockerfile.finalStage("ENV")).as("JAVA_OPTS sizes the heap from the container limit")
                .anyMatch(env -> env.contains("MaxRAMPercentage"));
    }

    // ---------------------------------------------------------------- Kubernetes

    /** Each render (an overlay, or an overlay with its optional components) with each service. */
    static Stream<Arguments> rendersAndServices() {
        return KubernetesSchemaTest.renders().stream()
                .flatMap(render -> services().stream().map(service -> Arguments.of(render, service)));
    }

    static List<Path> renders() {
        return KubernetesSchemaTest.renders();
    }

    @ParameterizedTest
    @MethodSource("rendersAndServices")
    void kubernetesDeploymentServesTheConfiguredPortWithHealthProbes(Path render, String service) {
        Kubernetes k8s = Kubernetes.of(render);
        int port = ServiceConfig.of(service).port();
        Map<String, Object> container = k8s.container(service);

        List<Map<String, Object>> ports = maps(container.get("ports"));
        assertThat(ports).as("%s containerPorts", service).isNotEmpty();
        assertThat(ports).as("%s: every containerPort is quarkus.http.port", service)
                .allSatisfy(p -> assertThat(integer(p.get("containerPort"))).isEqualTo(port));

        Map<String, String> probePaths = Map.of(
                "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        probePaths.forEach((probe, path) -> {
            Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
            assertThat(httpGet).as("%s %s.httpGet", service, probe).isNotEmpty();
            assertThat(httpGet.get("path")).as("%s %s path", service, probe).isEqualTo(path);
            assertThat(k8s.resolvePort(container, httpGet.get("port"))).as("%s %s port", service, probe).isEqualTo(port);
        });

        Map<String, Object> svc = k8s.object("Service", service);
        assertThat(Optional.ofNullable(spec(svc).get("type")).orElse("ClusterIP")).isEqualTo("ClusterIP");
        assertThat(maps(spec(svc).get("ports"))).as("Service %s ports", service).isNotEmpty()
                .allSatisfy(p -> assertThat(k8s.resolvePort(container,
                        Optional.ofNullable(p.get("targetPort")).orElse(p.get("port")))).isEqualTo(port));
        assertThat(k8s.podLabels(k8s.object("Deployment", service))).as("Service %s selects the Deployment's pods", service)
                .containsAllEntriesOf(stringMap(map(spec(svc).get("selector"))));
    }

    @ParameterizedTest
    @MethodSource("rendersAndServices")
    void kubernetesPodsRunAsNonRootWithAWritableTmp(Path render, String service) {
        Kubernetes k8s = Kubernetes.of(render);
        Map<String, Object> podSpec = map(map(spec(k8s.object("Deployment", service)).get("template")).get("spec"));
        Map<String, Object> container = k8s.container(service);
        Map<String, Object> podSecurity = map(podSpec.get("securityContext"));
        Map<String, Object> containerSecurity = map(container.get("securityContext"));

        Object runAsNonRoot = Optional.ofNullable(containerSecurity.get("runAsNonRoot")).orElse(podSecurity.get("runAsNonRoot"));
        assertThat(runAsNonRoot).as("%s runAsNonRoot", service).isEqualTo(Boolean.TRUE);
        Object uid = Optional.ofNullable(containerSecurity.get("runAsUser")).orElse(podSecurity.get("runAsUser"));
        if (uid != null) {
            assertThat(integer(uid)).as("%s runAsUser", service).isNotZero();
        }
        if (Boolean.TRUE.equals(containerSecurity.get("readOnlyRootFilesystem"))) {
            assertThat(maps(container.get("volumeMounts"))).as("%s: read-only root needs a writable /tmp", service)
                    .anyMatch(mount -> "/tmp".equals(mount.get("mountPath")));
        }
        Map<String, Object> resources = map(container.get("resources"));
        for (String kind : List.of("requests", "limits")) {
            assertThat(map(resources.get(kind))).as("%s %s resources.%s", name(render), service, kind)
                    .containsKeys("cpu", "memory");
        }
    }

    @ParameterizedTest
    @MethodSource("rendersAndServices")
    void kubernetesProvidesTheEnvironmentTheServiceReadsAndNothingMisspelt(Path render, String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> provided = Kubernetes.of(render).environmentNames(service);

        assertThat(provided).as("environment of the %s Deployment (%s) must provide what application.properties"
                + " needs without a usable default", service, name(render)).containsAll(config.requiredEnv());
        assertThat(provided).as("environment of the %s Deployment (%s): names application.properties never reads",
                service, name(render)).allMatch(config::understands);
    }

    @ParameterizedTest
    @MethodSource("renders")
    void kubernetesKeyReferencesAndUrlsResolve(Path render) {
        Kubernetes k8s = Kubernetes.of(render);
        for (Map<String, Object> workload : k8s.workloads()) {
            for (Map<String, Object> container : k8s.containers(workload)) {
                for (Map<String, Object> env : maps(container.get("env"))) {
                    String value = k8s.envValue(env);
                    String where = name(render) + ": " + name(workload) + " env " + env.get("name");
                    assertThat(value).as("%s resolves to a ConfigMap/Secret key that exists", where).isNotNull();
                    Matcher url = URL.matcher(value);
                    if (url.find()) {
                        String host = url.group(2).split("\\.")[0];
                        int port = url.group(3) != null ? Integer.parseInt(url.group(3)) : defaultPort(url.group(1));
                        assertThat(k8s.servicePorts(host)).as("%s = %s: Service %s has port %d", where, value, host, port)
                                .contains(port);
                        if (services().contains(host)) {
                            assertThat(port).as("%s = %s: %s listens on quarkus.http.port", where, value, host)
                                    .isEqualTo(ServiceConfig.of(host).port());
                        }
                    }
                }
                for (Map<String, Object> source : maps(container.get("envFrom"))) {
                    String kind = source.containsKey("configMapRef") ? "ConfigMap" : "Secret";
                    String ref = String.valueOf(map(source.getOrDefault("configMapRef", source.get("secretRef"))).get("name"));
                    assertThat(k8s.all(kind)).as("%s: %s envFrom %s %s", name(render), name(workload), kind, ref)
                            .anyMatch(o -> ref.equals(name(o)));
                }
            }
        }
    }

    /** A value from k8s/overlays/prod/values.yaml (a local-config ConfigMap: kustomize keeps it out of the render). */
    private static String prodValue(String key) {
        Object value = map(map(loadAll(K8S.resolve("overlays/prod/values.yaml")).get(0)).get("data")).get(key);
        assertThat(value).as("%s in k8s/overlays/prod/values.yaml", key).isNotNull();
        return String.valueOf(value);
    }

    /** No secret in a manifest's plain text: each service's secrets come from a Secret (or, in compose, the .env). */
    @ParameterizedTest
    @MethodSource("rendersAndServices")
    void everyServiceGetsItsSecretsFromASecret(Path render, String service) {
        Kubernetes k8s = Kubernetes.of(render);
        Map<String, Object> deployment = k8s.workloads().stream().filter(w -> service.equals(name(w))).findFirst()
                .orElseThrow();
        Map<String, Map<String, Object>> env = new java.util.HashMap<>();
        for (Map<String, Object> container : k8s.containers(deployment)) {
            for (Map<String, Object> variable : maps(container.get("env"))) {
                env.put(String.valueOf(variable.get("name")), variable);
            }
        }
        for (String name : SECRET_ENV.get(service)) {
            assertThat(env).as("%s: %s sets %s", name(render), service, name).containsKey(name);
            assertThat(map(env.get(name).get("valueFrom"))).as("%s: %s takes %s from a Secret", name(render), service, name)
                    .containsKey("secretKeyRef");
        }
        Map<String, Object> compose = Compose.read().service(service);
        Map<String, String> composeEnv = Compose.read().environment(compose);
        for (String name : SECRET_ENV.get(service)) {
            assertThat(composeEnv.get(name)).as("compose %s %s comes from the .env, required", service, name)
                    .matches("\\$\\{[A-Z_]+:\\?.*}");
        }
    }

    @Test
    void everyManifestUnderK8sIsPartOfAKustomization() throws IOException {
        Set<Path> manifests;
        Set<Path> referenced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(K8S)) {
            manifests = files.filter(p -> p.toString().endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        for (Path kustomization : manifests.stream().filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
            Map<String, Object> content = map(loadAll(kustomization).get(0));
            Path dir = kustomization.getParent();
            List<String> entries = new ArrayList<>(strings(content.get("resources")));
            entries.addAll(strings(content.get("components")));
            maps(content.get("patches")).forEach(patch -> entries.addAll(strings(patch.get("path"))));
            for (String entry : entries) {
                Path target = dir.resolve(entry).normalize();
                assertThat(target).as("%s names %s", ROOT.relativize(kustomization), entry).exists();
                referenced.add(Files.isDirectory(target) ? target.resolve("kustomization.yaml") : target);
            }
        }
        for (Path manifest : manifests) {
            // what one applies (an overlay) or adds to one (a component, rendered by KubernetesSchemaTest's fixtures)
            boolean root = manifest.getFileName().toString().equals("kustomization.yaml")
                    && (manifest.getParent().getParent().equals(K8S.resolve("overlays"))
                            || manifest.getParent().getParent().equals(K8S.resolve("components")));
            if (!root) {
                assertThat(referenced).as("%s is listed by a kustomization (else it is never applied nor validated)",
                        ROOT.relativize(manifest)).contains(manifest);
            }
        }
        assertThat(K8S.resolve("kustomization.yaml")).as("no kustomization at k8s/ itself: apply an overlay").doesNotExist();
    }

    @Test
    void devRunsOneReplicaOfEachWithoutAutoscalers() {
        Kubernetes dev = Kubernetes.of(K8S.resolve("overlays/dev"));
        for (String service : services()) {
            assertThat(integer(spec(dev.object("Deployment", service)).get("replicas"))).as("dev %s replicas", service)
                    .isEqualTo(1);
        }
        assertThat(dev.all("HorizontalPodAutoscaler")).as("dev autoscalers").isEmpty();
        assertThat(dev.all("StatefulSet")).as("dev's PostgreSQL").extracting(DeploymentManifestsTest::name)
                .containsExactly("postgres");
    }

    @Test
    void prodAutoscalesAndBudgetsEveryServiceOnAReplicatedDatabase() {
        Kubernetes prod = Kubernetes.of(K8S.resolve("overlays/prod"));
        for (String service : services()) {
            Map<String, Object> deployment = prod.object("Deployment", service);
            Map<String, Object> hpa = prod.object("HorizontalPodAutoscaler", service);
            Map<String, Object> target = map(spec(hpa).get("scaleTargetRef"));
            assertThat(target).as("HPA %s target", service)
                    .containsEntry("kind", "Deployment").containsEntry("name", service);
            assertThat(integer(spec(hpa).get("minReplicas"))).as("HPA %s min", service).isGreaterThanOrEqualTo(2);
            assertThat(integer(spec(deployment).get("replicas"))).as("prod %s replicas within its HPA", service)
                    .isBetween(integer(spec(hpa).get("minReplicas")), integer(spec(hpa).get("maxReplicas")));
            assertThat(prod.all("PodDisruptionBudget")).as("a PodDisruptionBudget selects %s", service)
                    .anyMatch(pdb -> service.equals(map(map(spec(pdb).get("selector")).get("matchLabels"))
                            .get("app.kubernetes.io/name")));
        }
        assertThat(prod.all("StatefulSet")).as("no hand-made database in prod").isEmpty();
        Map<String, Object> cluster = prod.object("Cluster", "parallax-db");
        assertThat(integer(spec(cluster).get("instances"))).as("CloudNativePG instances").isGreaterThanOrEqualTo(3);
        assertThat(map(map(spec(cluster).get("postgresql")).get("synchronous"))).as("synchronous replication")
                .containsKey("number");
        assertThat(maps(spec(cluster).get("plugins"))).as("WAL archiving to the backup object store")
                .anyMatch(plugin -> Boolean.TRUE.equals(plugin.get("isWALArchiver")));
        assertThat(prod.all("ScheduledBackup")).as("scheduled base backups").isNotEmpty();
        Map<String, Object> ingress = prod.object("Ingress", "newsroom");
        assertThat(maps(spec(ingress).get("tls"))).as("the Ingress serves TLS").isNotEmpty();
        assertThat(maps(spec(ingress).get("rules"))).as("the Ingress leads to the newsroom only")
                .flatExtracting(rule -> maps(map(rule.get("http")).get("paths")))
                .allSatisfy(path -> assertThat(map(map(path.get("backend")).get("service")).get("name")).isEqualTo("newsroom"));
    }

    /**
     * The NetworkPolicies say what the architecture says: only the newsroom reaches langid, translate, align and the
     * database (translate also reaches langid, which it asks when a request names no source language); from outside,
     * only the ingress controller reaches the newsroom; Prometheus and CloudNativePG's operator only where their
     * components are part of the render. Ports are the services' quarkus.http.port.
     */
    @ParameterizedTest
    @MethodSource("renders")
    void networkPoliciesLetOnlyTheNewsroomReachTheOthers(Path render) {
        Kubernetes k8s = Kubernetes.of(render);
        boolean scraped = !k8s.all("ServiceMonitor").isEmpty();
        boolean prod = !k8s.all("Cluster").isEmpty();
        assertThat(k8s.all("NetworkPolicy")).as("%s: default deny, both ways", name(render))
                .anyMatch(np -> map(spec(np).get("podSelector")).isEmpty()
                        && strings(spec(np).get("policyTypes")).containsAll(List.of("Ingress", "Egress"))
                        && !spec(np).containsKey("ingress") && !spec(np).containsKey("egress"));

        Set<String> newsroom = Set.of("pod newsroom");
        Map<String, Set<String>> expected = new TreeMap<>(Map.of(
                "langid", Set.of("pod newsroom", "pod translate"),
                "translate", newsroom,
                "align", newsroom,
                "newsroom", prod ? Set.of("namespace " + prodValue("INGRESS_CONTROLLER_NAMESPACE")) : Set.of()));
        for (String service : services()) {
            Set<String> peers = new TreeSet<>(expected.get(service));
            if (scraped) {
                peers.add("namespace monitoring");
            }
            Map<String, String> labels = k8s.podLabels(k8s.object("Deployment", service));
            assertThat(k8s.ingressPeers(labels, ServiceConfig.of(service).port())).as("%s: who reaches %s on its port",
                    name(render), service).isEqualTo(peers);
        }
        for (String client : List.of("newsroom", "translate")) {
            Map<String, String> labels = k8s.podLabels(k8s.object("Deployment", client));
            for (String server : client.equals("newsroom") ? List.of("langid", "translate", "align") : List.of("langid")) {
                assertThat(k8s.egressAllows(labels, k8s.podLabels(k8s.object("Deployment", server)),
                        ServiceConfig.of(server).port())).as("%s: %s may call %s", name(render), client, server).isTrue();
            }
        }

        // the database: dev's StatefulSet pods, or CloudNativePG's instance pods (labels the operator sets, plus
        // the ones the Cluster asks for)
        Map<String, String> database = new TreeMap<>();
        if (prod) {
            database.putAll(stringMap(map(map(spec(k8s.object("Cluster", "parallax-db")).get("inheritedMetadata")).get("labels"))));
            database.put("cnpg.io/cluster", "parallax-db");
            database.put("cnpg.io/podRole", "instance");
        } else {
            database.putAll(k8s.podLabels(k8s.object("StatefulSet", "postgres")));
        }
        Set<String> databasePeers = new TreeSet<>(Set.of("pod newsroom"));
        if (prod) {
            databasePeers.add("namespace cnpg-system pod cloudnative-pg");
            databasePeers.add("pod cnpg.io/cluster=parallax-db");
        }
        assertThat(k8s.ingressPeers(database, 5432)).as("%s: who reaches PostgreSQL", name(render)).isEqualTo(databasePeers);
        assertThat(k8s.egressAllows(k8s.podLabels(k8s.object("Deployment", "newsroom")), database, 5432))
                .as("%s: newsroom may reach PostgreSQL", name(render)).isTrue();
    }

    // ---------------------------------------------------------------- compose

    @ParameterizedTest
    @MethodSource("services")
    void composeRunsTheServiceOnItsPortWithItsEnvironment(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Compose compose = Compose.read();
        Map<String, Object> definition = compose.service(service);

        assertThat(map(definition.get("build")).get("dockerfile")).as("%s build.dockerfile", service)
                .isEqualTo("docker/" + service + ".Dockerfile");
        List<Integer> containerPorts = compose.containerPorts(definition);
        assertThat(containerPorts).as("%s ports/expose", service).isNotEmpty()
                .allSatisfy(p -> assertThat(p).as("%s container port", service).isEqualTo(config.port()));
        String healthcheck = String.join(" ", strings(map(definition.get("healthcheck")).get("test")));
        assertThat(healthcheck).as("%s healthcheck", service)
                .contains("/q/health/").containsPattern(":" + config.port() + "/");

        Set<String> environment = compose.environment(definition).keySet();
        assertThat(environment).as("compose %s environment must provide what application.properties needs"
                + " without a usable default", service).containsAll(config.requiredEnv());
        assertThat(environment).as("compose %s environment: names application.properties never reads", service)
                .allMatch(config::understands);
    }

    @Test
    void composeUrlsAndDependenciesPointAtHealthyServices() {
        Compose compose = Compose.read();
        compose.services().forEach((name, definition) -> {
            compose.environment(map(definition)).forEach((variable, value) -> {
                Matcher url = URL.matcher(value);
                if (url.find()) {
                    String host = url.group(2);
                    assertThat(compose.services()).as("%s %s = %s: host is a compose service", name, variable, value)
                            .containsKey(host);
                    if (services().contains(host)) {
                        int port = url.group(3) != null ? Integer.parseInt(url.group(3)) : defaultPort(url.group(1));
                        assertThat(port).as("%s %s = %s: %s listens on quarkus.http.port", name, variable, value, host)
                                .isEqualTo(ServiceConfig.of(host).port());
                    }
                }
            });
            Object dependsOn = map(definition).get("depends_on");
            map(dependsOn).forEach((dependency, condition) -> {
                assertThat(map(condition).get("condition")).as("%s waits for %s to be healthy", name, dependency)
                        .isEqualTo("service_healthy");
                assertThat(map(compose.service(String.valueOf(dependency)).get("healthcheck")))
                        .as("%s has a healthcheck (%s waits for it)", dependency, name).isNotEmpty();
            });
        });
    }

    // ================================================================ what the code says

    /** One service's application.properties, as the prod profile sees it. */
    record ServiceConfig(String service, int port, Map<String, Optional<String>> envReferences) {

        static ServiceConfig of(String service) {
            Path file = ROOT.resolve("services").resolve(service).resolve("src/main/resources/application.properties");
            assertThat(file).as("application.properties of %s", service).isRegularFile();
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Optional<String>> references = new LinkedHashMap<>();
            for (String key : properties.stringPropertyNames()) {
                boolean otherProfile = key.startsWith("%") && !key.startsWith("%prod.");
                if (!otherProfile) {
                    envReferences(properties.getProperty(key), references);
                }
            }
            String portValue = Optional.ofNullable(properties.getProperty("%prod.quarkus.http.port"))
                    .orElse(properties.getProperty("quarkus.http.port"));
            if (portValue == null) {
                fail("services/%s application.properties sets no quarkus.http.port (the convention: every service"
                        + " states its default port)", service);
            }
            String resolved = portValue.strip();
            Matcher expression = Pattern.compile("^\\$\\{[^:}]+:(\\d+)}$").matcher(resolved);
            if (expression.matches()) {
                resolved = expression.group(1);
            }
            if (!resolved.matches("\\d+")) {
                fail("services/%s quarkus.http.port is '%s', not a number or ${NAME:number}", service, portValue);
            }
            return new ServiceConfig(service, Integer.parseInt(resolved), references);
        }

        /**
         * Names a container must receive: those without a default, and those whose default points at the machine
         * itself (a dev default such as http://localhost:8081 reaches nothing inside a container).
         */
        Set<String> requiredEnv() {
            Set<String> required = new TreeSet<>();
            envReferences.forEach((name, fallback) -> {
                if (fallback.isEmpty() || fallback.get().contains("localhost") || fallback.get().contains("127.0.0.1")) {
                    required.add(name);
                }
            });
            return required;
        }

        /**
         * Whether the variable means something to this service: referenced in its properties, a Quarkus/JVM setting,
         * its own config prefix (SmallRye maps LANGID_X_Y to langid.x.y), or the base URL of a sibling service (the
         * deployment hands those out by contract; the URL checks verify where they point). Anything else is a typo.
         */
        boolean understands(String variable) {
            return envReferences.containsKey(variable)
                    || PLATFORM_ENV_PREFIXES.stream().anyMatch(variable::startsWith)
                    || variable.startsWith(service.toUpperCase() + "_")
                    || services().stream().anyMatch(sibling -> variable.equals(sibling.toUpperCase() + "_URL"));
        }

        /** Collects ${NAME} / ${NAME:default} references, nested ones included, with the default text if any. */
        private static void envReferences(String value, Map<String, Optional<String>> into) {
            Matcher matcher = ENV_REFERENCE.matcher(value);
            while (matcher.find()) {
                String name = matcher.group(1);
                Optional<String> fallback = Optional.empty();
                if (!matcher.group(2).isEmpty()) {
                    int depth = 1;
                    int end = matcher.end();
                    while (end < value.length() && depth > 0) {
                        char c = value.charAt(end);
                        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                        end++;
                    }
                    fallback = Optional.of(value.substring(matcher.end(), Math.max(matcher.end(), end - 1)));
                }
                Optional<String> previous = into.get(name);
                // the strictest reading wins: a name used once without a default is required
                if (previous == null || fallback.isEmpty()) {
                    into.put(name, fallback);
                }
            }
        }

        static List<String> reactorModules() {
            try {
                String pom = Files.readString(ROOT.resolve("pom.xml"));
                List<String> modules = new ArrayList<>();
                Matcher matcher = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(pom);
                while (matcher.find()) {
                    modules.add(matcher.group(1));
                }
                return modules;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ================================================================ what the manifests say

    /** Instructions of a Dockerfile with continuation lines joined and comments dropped. */
    record Dockerfile(List<String[]> instructions) {

        static Dockerfile read(Path file) {
            assertThat(file).isRegularFile();
            List<String[]> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            try {
                for (String line : Files.readAllLines(file)) {
                    String stripped = line.strip();
                    if (stripped.startsWith("#") || (stripped.isEmpty() && current.length() == 0)) {
                        continue;
                    }
                    if (stripped.endsWith("\\")) {
                        current.append(stripped, 0, stripped.length() - 1).append(' ');
                        continue;
                    }
                    current.append(stripped);
                    String instruction = current.toString().strip();
                    current.setLength(0);
                    if (!instruction.isEmpty()) {
                        String[] parts = instruction.split("\\s+", 2);
                        instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Dockerfile(instructions);
        }

        long stages() {
            return instructions.stream().filter(i -> i[0].equals("FROM")).count();
        }

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
        }

        List<String> finalStage(String keyword) {
            int lastFrom = 0;
            for (int i = 0; i < instructions.size(); i++) {
                if (instructions.get(i)[0].equals("FROM")) {
                    lastFrom = i;
                }
            }
            return instructions.subList(lastFrom, instructions.size()).stream()
                    .filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
        }
    }

    private static boolean copiesModule(String copy, String module) {
        List<String> sources = List.of(copy.split("\\s+"));
        if (copy.contains("--from=")) {
            return false;
        }
        return sources.subList(0, Math.max(0, sources.size() - 1)).stream()
                .map(source -> source.replaceAll("/+$", ""))
                .anyMatch(source -> source.equals(module) || source.equals(module + "/pom.xml")
                        || module.startsWith(source + "/"));
    }

    /** Every object one overlay (or a fixture built on one) renders, as kustomize produces it. */
    record Kubernetes(List<Map<String, Object>> objects) {

        static Kubernetes of(Path render) {
            return new Kubernetes(Kustomize.render(render));
        }

        List<Map<String, Object>> all(String kind) {
            return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        }

        Map<String, Object> object(String kind, String name) {
            List<Map<String, Object>> found = all(kind).stream().filter(o -> name.equals(name(o))).toList();
            assertThat(found).as("%s %s in the render", kind, name).hasSize(1);
            return found.get(0);
        }

        Map<String, String> podLabels(Map<String, Object> workload) {
            return stringMap(map(map(map(spec(workload).get("template")).get("metadata")).get("labels")));
        }

        /**
         * The ports a Service name answers on: a Service in the render, or one CloudNativePG maintains for a Cluster
         * in it (its -rw, -ro and -r Services, PostgreSQL's port).
         */
        Set<Integer> servicePorts(String host) {
            for (Map<String, Object> cluster : all("Cluster")) {
                for (String suffix : List.of("-rw", "-ro", "-r")) {
                    if (host.equals(name(cluster) + suffix)) {
                        return Set.of(5432);
                    }
                }
            }
            return maps(spec(object("Service", host)).get("ports")).stream().map(p -> integer(p.get("port")))
                    .collect(Collectors.toSet());
        }

        /**
         * Who the NetworkPolicies let reach pods with these labels on this port: "pod NAME" (or "pod key=value") for
         * pods of the namespace, "namespace NAME [pod NAME]" for other namespaces, "anyone" for an open rule.
         */
        Set<String> ingressPeers(Map<String, String> labels, int port) {
            Set<String> peers = new TreeSet<>();
            for (Map<String, Object> policy : policiesFor(labels, "Ingress")) {
                for (Map<String, Object> rule : maps(spec(policy).get("ingress"))) {
                    if (!portMatches(rule, port)) {
                        continue;
                    }
                    List<Map<String, Object>> from = maps(rule.get("from"));
                    if (from.isEmpty()) {
                        peers.add("anyone");
                    }
                    from.forEach(peer -> peers.add(describePeer(peer)));
                }
            }
            return peers;
        }

        /** Whether the pods with {@code client} labels may open connections to pods with {@code server} labels. */
        boolean egressAllows(Map<String, String> client, Map<String, String> server, int port) {
            List<Map<String, Object>> policies = policiesFor(client, "Egress");
            if (policies.isEmpty()) {
                return true;
            }
            for (Map<String, Object> policy : policies) {
                for (Map<String, Object> rule : maps(spec(policy).get("egress"))) {
                    if (!portMatches(rule, port)) {
                        continue;
                    }
                    List<Map<String, Object>> to = maps(rule.get("to"));
                    if (to.isEmpty() || to.stream().anyMatch(peer -> !peer.containsKey("namespaceSelector")
                            && !peer.containsKey("ipBlock") && selects(map(peer.get("podSelector")), server))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private List<Map<String, Object>> policiesFor(Map<String, String> labels, String type) {
            return all("NetworkPolicy").stream()
                    .filter(np -> selects(map(spec(np).get("podSelector")), labels))
                    .filter(np -> strings(spec(np).get("policyTypes")).contains(type)
                            || (!spec(np).containsKey("policyTypes") && (type.equals("Ingress") || spec(np).containsKey("egress"))))
                    .toList();
        }

        private static boolean portMatches(Map<String, Object> rule, int port) {
            List<Map<String, Object>> ports = maps(rule.get("ports"));
            return ports.isEmpty() || ports.stream().anyMatch(p -> p.get("port") == null || integer(p.get("port")) == port);
        }

        private static String describePeer(Map<String, Object> peer) {
            List<String> parts = new ArrayList<>();
            if (peer.containsKey("ipBlock")) {
                parts.add("ipBlock " + map(peer.get("ipBlock")).get("cidr"));
            }
            if (peer.containsKey("namespaceSelector")) {
                parts.add("namespace " + stringMap(map(map(peer.get("namespaceSelector")).get("matchLabels")))
                        .getOrDefault("kubernetes.io/metadata.name", "(any)"));
            }
            if (peer.containsKey("podSelector")) {
                Map<String, String> selected = stringMap(map(map(peer.get("podSelector")).get("matchLabels")));
                parts.add("pod " + (selected.containsKey("app.kubernetes.io/name") ? selected.get("app.kubernetes.io/name")
                        : selected.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(","))));
            }
            return String.join(" ", parts);
        }

        /** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist) against a pod's labels. */
        private static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
            for (Map.Entry<String, String> label : stringMap(map(selector.get("matchLabels"))).entrySet()) {
                if (!label.getValue().equals(labels.get(label.getKey()))) {
                    return false;
                }
            }
            for (Map<String, Object> expression : maps(selector.get("matchExpressions"))) {
                String value = labels.get(String.valueOf(expression.get("key")));
                List<String> values = DeploymentManifestsTest.strings(expression.get("values"));
                boolean matches = switch (String.valueOf(expression.get("operator"))) {
                    case "In" -> value != null && values.contains(value);
                    case "NotIn" -> value == null || !values.contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                if (!matches) {
                    return false;
                }
            }
            return true;
        }

        List<Map<String, Object>> workloads() {
            List<Map<String, Object>> workloads = new ArrayList<>(all("Deployment"));
            workloads.addAll(all("StatefulSet"));
            return workloads;
        }

        List<Map<String, Object>> containers(Map<String, Object> workload) {
            Map<String, Object> podSpec = map(map(spec(workload).get("template")).get("spec"));
            List<Map<String, Object>> containers = new ArrayList<>(maps(podSpec.get("containers")));
            containers.addAll(maps(podSpec.get("initContainers")));
            return containers;
        }

        Map<String, Object> container(String service) {
            List<Map<String, Object>> containers = containers(object("Deployment", service)).stream()
                    .filter(c -> service.equals(c.get("name"))).toList();
            assertThat(containers).as("container named %s in Deployment %s", service, service).hasSize(1);
            return containers.get(0);
        }

        int resolvePort(Map<String, Object> container, Object port) {
            if (port instanceof Number number) {
                return number.intValue();
            }
            return maps(container.get("ports")).stream()
                    .filter(p -> String.valueOf(port).equals(p.get("name")))
                    .map(p -> integer(p.get("containerPort")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no container port named " + port));
        }

        Set<String> environmentNames(String service) {
            Map<String, Object> container = container(service);
            Set<String> names = new LinkedHashSet<>();
            maps(container.get("env")).forEach(env -> names.add(String.valueOf(env.get("name"))));
            for (Map<String, Object> source : maps(container.get("envFrom"))) {
                String prefix = Optional.ofNullable((String) source.get("prefix")).orElse("");
                if (source.containsKey("configMapRef")) {
                    data("ConfigMap", String.valueOf(map(source.get("configMapRef")).get("name")))
                            .keySet().forEach(key -> names.add(prefix + key));
                }
                if (source.containsKey("secretRef")) {
                    data("Secret", String.valueOf(map(source.get("secretRef")).get("name")))
                            .keySet().forEach(key -> names.add(prefix + key));
                }
            }
            return names;
        }

        /** The value an env entry resolves to, or null when it names a missing ConfigMap/Secret key. */
        String envValue(Map<String, Object> env) {
            if (env.containsKey("value")) {
                return String.valueOf(env.get("value"));
            }
            Map<String, Object> from = map(env.get("valueFrom"));
            if (from.containsKey("fieldRef") || from.containsKey("resourceFieldRef")) {
                return "";
            }
            String kind = from.containsKey("configMapKeyRef") ? "ConfigMap" : "Secret";
            Map<String, Object> ref = map(from.getOrDefault("configMapKeyRef", from.get("secretKeyRef")));
            String secret = String.valueOf(ref.get("name"));
            for (Map<String, Object> cluster : all("Cluster")) {
                // CloudNativePG writes the database owner's credentials to <cluster>-app, with these keys
                if (kind.equals("Secret") && secret.equals(name(cluster) + "-app")) {
                    return CNPG_APP_SECRET_KEYS.contains(String.valueOf(ref.get("key"))) ? "" : null;
                }
            }
            if (kind.equals("Secret") && OPERATOR_SECRETS.containsKey(secret) && all("Secret").stream()
                    .noneMatch(o -> secret.equals(name(o)))) {
                return OPERATOR_SECRETS.get(secret).contains(String.valueOf(ref.get("key"))) ? "" : null;
            }
            return data(kind, secret).get(String.valueOf(ref.get("key")));
        }

        Map<String, String> data(String kind, String name) {
            Map<String, Object> object = object(kind, name);
            Map<String, String> data = new LinkedHashMap<>();
            map(object.get("data")).forEach((k, v) -> data.put(k, String.valueOf(v)));
            map(object.get("stringData")).forEach((k, v) -> data.put(k, String.valueOf(v)));
            return data;
        }
    }

    record Compose(Map<String, Object> services) {

        static Compose read() {
            Map<String, Object> compose = map(loadAll(DOCKER.resolve("compose.yaml")).get(0));
            return new Compose(map(compose.get("services")));
        }

        Map<String, Object> service(String name) {
            assertThat(services).as("service %s in docker/compose.yaml", name).containsKey(name);
            return map(services.get(name));
        }

        List<Integer> containerPorts(Map<String, Object> definition) {
            List<Integer> ports = new ArrayList<>();
            for (Object port : list(definition.get("ports"))) {
                if (port instanceof Map<?, ?> longSyntax) {
                    ports.add(integer(longSyntax.get("target")));
                } else {
                    String shortSyntax = String.valueOf(port).replaceAll("/(tcp|udp)$", "");
                    ports.add(Integer.parseInt(shortSyntax.substring(shortSyntax.lastIndexOf(':') + 1)));
                }
            }
            for (Object port : list(definition.get("expose"))) {
                ports.add(Integer.parseInt(String.valueOf(port).replaceAll("/(tcp|udp)$", "")));
            }
            return ports;
        }

        Map<String, String> environment(Map<String, Object> definition) {
            Map<String, String> environment = new LinkedHashMap<>();
            Object declared = definition.get("environment");
            if (declared instanceof Map<?, ?> asMap) {
                asMap.forEach((k, v) -> environment.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
            } else {
                for (String entry : strings(declared)) {
                    int eq = entry.indexOf('=');
                    environment.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
                }
            }
            return environment;
        }
    }

    // ================================================================ plumbing

    static Path repositoryRoot() {
        String configured = System.getProperty("parallax.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with pom.xml and services/ above " + Path.of("").toAbsolutePath());
    }

    private static List<Object> loadAll(Path file) {
        assertThat(file).isRegularFile();
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Object> documents = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader).forEach(documents::add);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https" -> 443;
            case "postgresql" -> 5432;
            default -> 80;
        };
    }

    private static String name(Map<String, Object> object) {
        return String.valueOf(map(object.get("metadata")).get("name"));
    }

    private static Map<String, Object> spec(Map<String, Object> object) {
        return map(object.get("spec"));
    }


    private static Map<String, String> stringMap(Map<String, Object> value) {
        Map<String, String> strings = new TreeMap<>();
        value.forEach((k, v) -> strings.put(k, String.valueOf(v)));
        return strings;
    }

    private static String name(Path render) {
        return KubernetesSchemaTest.name(render);
    }

    private static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        return list(value).stream().map(String::valueOf).toList();
    }

    private static int integer(Object value) {
        return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).strip());
    }
}

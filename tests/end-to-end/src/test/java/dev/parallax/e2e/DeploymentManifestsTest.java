package dev.parallax.e2e;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    private static final List<String> PLATFORM_ENV_PREFIXES = List.of("QUARKUS_", "JAVA_", "JDK_");

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

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesDeploymentServesTheConfiguredPortWithHealthProbes(String service) {
        Kubernetes k8s = Kubernetes.read();
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
        Map<String, Object> podLabels = map(map(map(spec(k8s.object("Deployment", service)).get("template"))
                .get("metadata")).get("labels"));
        assertThat(podLabels).as("Service %s selects the Deployment's pods", service)
                .containsAllEntriesOf(map(spec(svc).get("selector")));
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesPodsRunAsNonRootWithAWritableTmp(String service) {
        Kubernetes k8s = Kubernetes.read();
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
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesProvidesTheEnvironmentTheServiceReadsAndNothingMisspelt(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> provided = Kubernetes.read().environmentNames(service);

        assertThat(provided).as("environment of the %s Deployment (k8s/) must provide what application.properties"
                + " needs without a usable default", service).containsAll(config.requiredEnv());
        assertThat(provided).as("environment of the %s Deployment: names application.properties never reads", service)
                .allMatch(config::understands);
    }

    @Test
    void kubernetesKeyReferencesAndUrlsResolve() {
        Kubernetes k8s = Kubernetes.read();
        for (Map<String, Object> workload : k8s.workloads()) {
            for (Map<String, Object> container : k8s.containers(workload)) {
                for (Map<String, Object> env : maps(container.get("env"))) {
                    String value = k8s.envValue(env);
                    String where = name(workload) + " env " + env.get("name");
                    assertThat(value).as("%s resolves to a ConfigMap/Secret key that exists", where).isNotNull();
                    Matcher url = URL.matcher(value);
                    if (url.find()) {
                        String host = url.group(2).split("\\.")[0];
                        int port = url.group(3) != null ? Integer.parseInt(url.group(3)) : defaultPort(url.group(1));
                        Map<String, Object> svc = k8s.object("Service", host);
                        Optional<Map<String, Object>> servicePort = maps(spec(svc).get("ports")).stream()
                                .filter(p -> integer(p.get("port")) == port).findFirst();
                        assertThat(servicePort).as("%s = %s: Service %s has port %d", where, value, host, port).isPresent();
                        if (services().contains(host)) {
                            assertThat(port).as("%s = %s: %s listens on quarkus.http.port", where, value, host)
                                    .isEqualTo(ServiceConfig.of(host).port());
                        }
                    }
                }
            }
        }
    }

    @Test
    void kustomizationListsEveryManifestAndAutoscalersTargetDeployments() throws IOException {
        Map<String, Object> kustomization = map(loadAll(K8S.resolve("kustomization.yaml")).get(0));
        Set<String> listed = new TreeSet<>(strings(kustomization.get("resources")));
        Set<String> manifests;
        try (Stream<Path> files = Files.list(K8S)) {
            manifests = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).as("k8s/kustomization.yaml resources").containsExactlyInAnyOrderElementsOf(manifests);

        Kubernetes k8s = Kubernetes.read();
        for (Map<String, Object> hpa : k8s.all("HorizontalPodAutoscaler")) {
            Map<String, Object> target = map(spec(hpa).get("scaleTargetRef"));
            assertThat(k8s.object(String.valueOf(target.get("kind")), String.valueOf(target.get("name"))))
                    .as("HPA %s target", name(hpa)).isNotEmpty();
        }
        for (String service : services()) {
            assertThat(k8s.all("PodDisruptionBudget")).as("a PodDisruptionBudget selects %s", service)
                    .anyMatch(pdb -> service.equals(map(map(spec(pdb).get("selector")).get("matchLabels"))
                            .get("app.kubernetes.io/name")));
        }
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

    /** Every object in k8s/*.yaml (the optional/ folder is not part of the default deployment). */
    record Kubernetes(List<Map<String, Object>> objects) {

        static Kubernetes read() {
            List<Map<String, Object>> objects = new ArrayList<>();
            try (Stream<Path> files = Files.list(K8S)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    if (!file.getFileName().toString().equals("kustomization.yaml")) {
                        loadAll(file).stream().map(DeploymentManifestsTest::map).filter(m -> !m.isEmpty())
                                .forEach(objects::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Kubernetes(objects);
        }

        List<Map<String, Object>> all(String kind) {
            return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        }

        Map<String, Object> object(String kind, String name) {
            List<Map<String, Object>> found = all(kind).stream().filter(o -> name.equals(name(o))).toList();
            assertThat(found).as("%s %s in k8s/", kind, name).hasSize(1);
            return found.get(0);
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
            return data(kind, String.valueOf(ref.get("name"))).get(String.valueOf(ref.get("key")));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static List<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(DeploymentManifestsTest::map).toList();
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

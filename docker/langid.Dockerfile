# syntax=docker/dockerfile:1
# langid (language identification, Lingua models preloaded at start-up): port 8081.
# Build from the repository root (the context must hold the whole Maven reactor):
#   docker build -f docker/langid.Dockerfile -t parallax/langid:0.1.0-SNAPSHOT .

############################ build: Maven wrapper + JDK 17 ############################
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /build
# Maven reads every module of the reactor even when only one is built, so every module's POM must be
# present; only this service's sources and the shared libraries are copied, so changing another
# service does not invalidate this image's build layer.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY libs/ libs/
COPY services/langid/pom.xml services/langid/
COPY services/translate/pom.xml services/translate/
COPY services/align/pom.xml services/align/
COPY services/newsroom/pom.xml services/newsroom/
COPY tests/end-to-end/pom.xml tests/end-to-end/
COPY services/langid/src/ services/langid/src/
# The cache mount keeps the Maven distribution and ~/.m2 between builds (BuildKit) and never ends up in the
# image; "locked" because the four images share it and a Maven local repository is not safe for parallel writers.
RUN --mount=type=cache,target=/root/.m2,id=parallax-m2,sharing=locked \
    ./mvnw -B -pl services/langid -am package -DskipTests

############################ runtime: JRE 17 ############################
FROM debian:bookworm-slim

# UTF-8 everywhere: the JVM picks the charset of the pipes to the lt-proc processes from the locale.
ENV LANG=C.UTF-8 \
    LC_ALL=C.UTF-8

# langid asks Apertium's Danish, Bokmål and Nynorsk analysers (apertium-dan-nor, GPL, run as separate
# lt-proc processes) which norms know a word; without them it still starts, degraded to n-grams and
# markers (readiness says so). debian-packages.txt records the versions whose GPL sources a distributor owes.
# /usr/share/man/man1 must exist for the JRE's postinst (update-alternatives) in the slim image.
RUN set -eux; \
    mkdir -p /usr/share/man/man1; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless \
        ca-certificates \
        curl \
        lttoolbox \
        apertium-dan-nor \
    ; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*; \
    mkdir -p /usr/share/doc/parallax-langid; \
    dpkg-query -W -f='${binary:Package} ${Version} source=${source:Package} ${source:Version}\n' \
        > /usr/share/doc/parallax-langid/debian-packages.txt; \
    echo ikkje | lt-proc -w /usr/share/apertium/apertium-dan-nor/nno-dan.automorf.bin

RUN groupadd --system --gid 10001 parallax \
 && useradd --system --uid 10001 --gid 10001 --home-dir /deployments --no-create-home \
            --shell /usr/sbin/nologin parallax
WORKDIR /deployments
# The fast-jar layout, copied from least to most often changed so that a code change only replaces the
# small app/ layer. The files stay owned by root: the service has no reason to write into its own code.
COPY --from=build /build/services/langid/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/services/langid/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/services/langid/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/services/langid/target/quarkus-app/quarkus/ /deployments/quarkus/

# MaxRAMPercentage sizes the heap from the container's memory limit; ExitOnOutOfMemoryError lets the
# orchestrator restart a broken JVM instead of keeping it half alive. JAVA_OPTS_APPEND is for operators.
# A small serial-GC heap: the models take ~30 MB and ~55 MB is live after loading (-Xmx96m still served
# three 4 MB batches at once); the three lt-proc analysers (~120 MB) live outside it. 22 % of the 512 MiB
# limit is ~112 MiB. Measured with -Xmx112m: 348 MiB resident when warm, about 365 MiB under the largest requests.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=22 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""

USER 10001:10001
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${QUARKUS_HTTP_PORT:-8081}/q/health/ready" || exit 1
# exec: the JVM becomes PID 1 and receives SIGTERM itself, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java ${JAVA_OPTS} ${JAVA_OPTS_APPEND} -jar /deployments/quarkus-run.jar"]

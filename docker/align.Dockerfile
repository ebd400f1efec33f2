# syntax=docker/dockerfile:1
# align (cross-document alignment, fact comparison, claims): port 8083.
# Build from the repository root (the context must hold the whole Maven reactor):
#   docker build -f docker/align.Dockerfile -t parallax/align:0.1.0-SNAPSHOT .

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
COPY services/align/src/ services/align/src/
# The cache mount keeps the Maven distribution and ~/.m2 between builds (BuildKit) and never ends up in the
# image; "locked" because the four images share it and a Maven local repository is not safe for parallel writers.
RUN --mount=type=cache,target=/root/.m2,id=parallax-m2,sharing=locked \
    ./mvnw -B -pl services/align -am package -DskipTests

############################ runtime: JRE 17 ############################
FROM debian:bookworm-slim

# UTF-8 everywhere: the JVM picks the charset of the pipes to the lt-proc processes from the locale.
ENV LANG=C.UTF-8 \
    LC_ALL=C.UTF-8

# align reads words through Apertium's Danish, Bokmål and Nynorsk analysers and the Danish→Bokmål and
# Nynorsk→Bokmål dictionaries (apertium-dan-nor, apertium-nno-nob; GPL, run as separate lt-proc processes)
# and synonyms from LibreOffice's Norwegian thesaurus (mythes-no, GPL-2, read from its file). Without them
# it still starts, matching slots by spelling only. debian-packages.txt records the versions whose GPL
# sources a distributor owes. /usr/share/man/man1 must exist for the JRE's postinst in the slim image.
RUN set -eux; \
    mkdir -p /usr/share/man/man1; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless \
        ca-certificates \
        curl \
        lttoolbox \
        apertium-dan-nor \
        apertium-nno-nob \
        mythes-no \
    ; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*; \
    mkdir -p /usr/share/doc/parallax-align; \
    dpkg-query -W -f='${binary:Package} ${Version} source=${source:Package} ${source:Version}\n' \
        > /usr/share/doc/parallax-align/debian-packages.txt; \
    echo passasjerar | lt-proc -w /usr/share/apertium/apertium-nno-nob/nno-nob.automorf.bin

RUN groupadd --system --gid 10001 parallax \
 && useradd --system --uid 10001 --gid 10001 --home-dir /deployments --no-create-home \
            --shell /usr/sbin/nologin parallax
WORKDIR /deployments
# The fast-jar layout, copied from least to most often changed so that a code change only replaces the
# small app/ layer. The files stay owned by root: the service has no reason to write into its own code.
COPY --from=build /build/services/align/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/services/align/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/services/align/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/services/align/target/quarkus-app/quarkus/ /deployments/quarkus/

# MaxRAMPercentage sizes the heap from the container's memory limit; ExitOnOutOfMemoryError lets the
# orchestrator restart a broken JVM instead of keeping it half alive. JAVA_OPTS_APPEND is for operators.
# The five lt-proc processes (~270 MiB) live outside the heap: 30 % of the 1 GiB limit is ~300 MiB of heap;
# measured with -Xmx256m: twenty reports of 100 sentences served, ~700 MiB resident in all.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=30 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""

USER 10001:10001
EXPOSE 8083
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${QUARKUS_HTTP_PORT:-8083}/q/health/ready" || exit 1
# exec: the JVM becomes PID 1 and receives SIGTERM itself, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java ${JAVA_OPTS} ${JAVA_OPTS_APPEND} -jar /deployments/quarkus-run.jar"]

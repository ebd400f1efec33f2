# syntax=docker/dockerfile:1
# translate (Apertium da/nb/nn through warm native pipelines): port 8082.
# Build from the repository root (the context must hold the whole Maven reactor):
#   docker build -f docker/translate.Dockerfile -t parallax/translate:0.1.0-SNAPSHOT .
# The runtime image ships GPL-licensed Apertium packages from Debian: see docs/deployment.md (Licences).

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
COPY services/translate/src/ services/translate/src/
# The cache mount keeps the Maven distribution and ~/.m2 between builds (BuildKit) and never ends up in the
# image; "locked" because the four images share it and a Maven local repository is not safe for parallel writers.
RUN --mount=type=cache,target=/root/.m2,id=parallax-m2,sharing=locked \
    ./mvnw -B -pl services/translate -am package -DskipTests

############################ runtime: Debian bookworm, its JRE 17 and its Apertium ############################
# Debian rather than a JRE image: the language data (apertium-dan-nor 1.5.0, apertium-nno-nob 1.5.0) and the
# tools they were compiled for come from one distribution release, the same one the tests run against.
FROM debian:bookworm-slim

# UTF-8 everywhere: the JVM picks the charset of the pipes to the Apertium processes from the locale, and
# C.UTF-8 is built into Debian's libc (no locales package needed).
ENV LANG=C.UTF-8 \
    LC_ALL=C.UTF-8

# --no-install-recommends keeps out what the service does not use (apertium-apy, transfuse, zip).
# apertium-lex-tools-dev carries lrx-comp, which compiles the project's lexical-selection rules at start-up.
# tini is PID 1: the service spawns pipelines of native processes, and orphaned ones must be reaped.
# debian-packages.txt records the exact binary and source versions: whoever distributes this image owes the
# GPL sources of exactly those versions (docs/deployment.md, Licences).
# /usr/share/man/man1 must exist for the JRE's postinst (update-alternatives) in the slim image.
RUN set -eux; \
    mkdir -p /usr/share/man/man1; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless \
        ca-certificates \
        curl \
        tini \
        apertium \
        apertium-dan-nor \
        apertium-nno-nob \
        apertium-lex-tools \
        apertium-lex-tools-dev \
    ; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*; \
    mkdir -p /usr/share/doc/parallax-translate; \
    dpkg-query -W -f='${binary:Package} ${Version} source=${source:Package} ${source:Version}\n' \
        > /usr/share/doc/parallax-translate/debian-packages.txt; \
    if dpkg-query -W -f='${Status}' apertium-apy 2>/dev/null | grep -q 'ok installed'; then \
        echo 'apertium-apy must not be installed: the service runs its own pipelines' >&2; exit 1; \
    fi; \
    command -v lrx-comp; command -v lrx-proc; command -v prlimit; \
    for mode in dan-nob dan-nno nob-dan nno-dan nob-nno nno-nob; do \
        echo 'Det er en test.' | apertium -u "$mode" >/dev/null; \
    done

RUN groupadd --system --gid 10001 parallax \
 && useradd --system --uid 10001 --gid 10001 --home-dir /deployments --no-create-home \
            --shell /usr/sbin/nologin parallax
WORKDIR /deployments
# The fast-jar layout, copied from least to most often changed so that a code change only replaces the
# small app/ layer. The files stay owned by root: the service has no reason to write into its own code.
COPY --from=build /build/services/translate/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/services/translate/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/services/translate/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/services/translate/target/quarkus-app/quarkus/ /deployments/quarkus/

# The heap gets only a quarter of the container's memory: the rest belongs to the Apertium processes
# (one set of lt-proc/cg-proc/lrx-proc/transfer stages per warm pipeline, about 1.5 GiB for the default
# 8 pipelines warm at boot, up to 2.6 GiB when concurrent requests grow every pool to 2), which live outside
# the heap. Give the container 4 GiB.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""

USER 10001:10001
EXPOSE 8082
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${QUARKUS_HTTP_PORT:-8082}/q/health/ready" || exit 1
# tini forwards SIGTERM to the JVM (graceful Quarkus shutdown, which stops the pipelines) and reaps orphans.
ENTRYPOINT ["/usr/bin/tini", "--", "/bin/sh", "-c", "exec java ${JAVA_OPTS} ${JAVA_OPTS_APPEND} -jar /deployments/quarkus-run.jar"]

# The service's container image: the web app built with Node, the jar with the Maven wrapper, then the
# jar's layers (dependencies first, the service's own classes last, so that a rebuild after a code
# change pushes one small layer) on a JRE, run as a non-root user.
#
#   docker build -t registry.example.com/medondoor:0.1.0 .
#
# Base images are pinned; bump them on purpose. Needs BuildKit (Docker 23+) for the Maven cache mount.

FROM node:20.19.5-bookworm-slim AS web
WORKDIR /web-client
COPY web-client/package.json web-client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web-client/ ./
RUN npm run build

FROM eclipse-temurin:17.0.16_8-jdk-noble AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# The built app goes where the web-client profile would have copied it; -DskipWeb because Node is in
# the other stage. The tests ran before an image is built (./mvnw verify).
COPY --from=web /web-client/dist/ src/main/resources/static/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -DskipWeb -DskipTests package \
    && java -Djarmode=tools -jar target/medondoor-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17.0.16_8-jre-noble
RUN groupadd --system --gid 10001 medondoor \
    && useradd --system --uid 10001 --gid medondoor --no-create-home --shell /usr/sbin/nologin medondoor
WORKDIR /app
# Owned by root and read-only to the service, which needs nothing writable but /tmp.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# Numeric, so that Kubernetes' runAsNonRoot can check it.
USER 10001:10001
# 8080 the service, 8081 Actuator when it runs on Kubernetes (application.yml).
EXPOSE 8080 8081
# The heap follows the container's memory limit, leaving room for Netty's direct buffers and metaspace.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]

# WithUs: multi-stage build of the same jar `./mvnw package` makes, run as a non-root user.
# Build:  docker build -t withus .
# Run:    docker compose up   (PostgreSQL; see compose.yaml)

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY frontend/ frontend/
COPY src/ src/
COPY sync/ sync/
# Tests run in CI (bash .ci/run); the image build only packages.
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:25-jre
RUN groupadd --system withus && useradd --system --gid withus --home-dir /app --shell /usr/sbin/nologin withus \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/withus.jar /app/withus.jar
USER withus
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# DB_URL, DB_USER and DB_PASSWORD come from the environment (see compose.yaml).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/withus.jar"]

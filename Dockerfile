# ---- Build stage ------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven wrapper and POM first, so the dependency layer is cached until pom.xml changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

# Sources, process models and forms (bpmn/ and forms/ are classpath resources, see pom.xml).
COPY src/ src/
COPY bpmn/ bpmn/
COPY forms/ forms/
RUN ./mvnw -B -q package -DskipTests

# ---- Runtime stage ----------------------------------------------------------
FROM eclipse-temurin:17-jre

# LibreOffice Writer without a GUI makes the PDFs of the documents (?format=pdf); fonts with Polish letters.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-dejavu fonts-liberation2 \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system wspolnie \
 && useradd --system --gid wspolnie --home-dir /app --no-create-home --shell /usr/sbin/nologin wspolnie \
 && mkdir -p /app \
 && chown wspolnie:wspolnie /app
WORKDIR /app

COPY --from=build --chown=wspolnie:wspolnie /build/target/wspolnie-*.jar /app/app.jar

USER wspolnie
EXPOSE 8080

# Extra JVM flags via JAVA_OPTS, e.g. -e JAVA_OPTS="-Xmx512m"; container arguments are passed to the app.
ENV JAVA_OPTS=""
# LibreOffice keeps its profile under HOME; the app gives each conversion a profile of its own in /tmp.
ENV HOME=/tmp
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "--"]

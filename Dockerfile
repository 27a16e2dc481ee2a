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
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/wspolnie-*.jar extract --destination target/extracted \
 && mv target/extracted/wspolnie-*.jar target/extracted/app.jar

# ---- Runtime stage ----------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl for the health check in docker-compose.yml (GET /actuator/health/readiness); LibreOffice Writer without a GUI
# makes the PDFs of the documents (?format=pdf), python3-uno fills in their tables of contents' page numbers
# (drafting.OfficePdf); fonts with Polish letters.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libreoffice-writer-nogui python3-uno fonts-dejavu fonts-liberation2 \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system wspolnie \
 && useradd --system --gid wspolnie --home-dir /app --no-create-home --shell /usr/sbin/nologin wspolnie \
 && mkdir -p /app \
 && chown wspolnie:wspolnie /app
WORKDIR /app

# The jar extracted (app.jar + lib/), as class data sharing needs it.
COPY --from=build --chown=wspolnie:wspolnie /build/target/extracted/ /app/

USER wspolnie
EXPOSE 8080

# JVM flags of bench/jvm.options (README "Footprint"): one idle node under 400 MB, the quick compiler only (C1: half
# the start-up CPU; intake costs more CPU per request, measured there). Override with -e JAVA_OPTS="..." (e.g. a larger
# -Xmx for many concurrent document renders, or without -XX:TieredStopAtLevel=1 for C2 on a busy node); container
# arguments go to the app.
ENV JAVA_OPTS="-XX:+UseG1GC -XX:G1PeriodicGCInterval=15000 -XX:-G1PeriodicGCInvokesConcurrent -Xms64m -Xmx320m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10 -XX:+UseStringDeduplication -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=2 -XX:TrimNativeHeapInterval=5000"
# glibc's malloc: two arenas instead of up to 8 per core, less memory kept in half-used arenas (bench/startup.sh sets the same)
ENV MALLOC_ARENA_MAX=2

# Class data sharing: a training run that stops once the context is refreshed (in-memory H2, nothing kept) writes
# the archive of the classes it loaded; every start maps them instead of loading them again (its gain alone is not
# measured yet: the earlier figures came from starts that refused the archive, README "Footprint").
RUN java $JAVA_OPTS -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar \
      --spring.datasource.url=jdbc:h2:mem:cds --wspolnie.demo.seed=false --wspolnie.demo.mail-sink=false \
      --camunda.bpm.job-execution.enabled=false > /dev/null

# LibreOffice keeps its profile under HOME; the app gives each conversion a profile of its own in /tmp.
ENV HOME=/tmp

# The jar named exactly as in the training run: the archive records the class path as given, and a start that names
# the jar differently may find it refused (only a warning in the log; bench/startup.sh checks for it).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=app.jsa -jar app.jar \"$@\"", "--"]

# syntax=docker/dockerfile:1
# vanban as a container: docker compose up (README "Deployment"). Multi-stage: the JDK builds the jars
# and extracts Spring Boot's (target/vanban-boot.jar) into its layers (jarmode tools); the runtime is a
# JRE, a non-root user, the bean definitions of Spring AOT made at build time, and a class-data-sharing
# archive recorded at build time, so that an instance starts faster.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY templates templates
COPY fonts fonts
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/vanban-boot.jar extract --layers --application-filename vanban.jar --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 vanban && useradd --system --uid 10001 --gid vanban --home-dir /app vanban
WORKDIR /app
# Least to most often changed, so that a new build of the application reuses the layers below it.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY templates templates
COPY fonts fonts
# The training run: the context is refreshed once against a throw-away database and the loaded classes
# are archived; every start then maps them (bin/build-cds.sh does the same outside a container).
RUN java -XX:ArchiveClassesAtExit=vanban.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -Dspring.datasource.url=jdbc:h2:mem:cds-training -jar vanban.jar \
 && chown -R vanban:vanban /app
USER vanban
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=vanban.jsa", "-Dspring.aot.enabled=true", "-jar", "vanban.jar"]

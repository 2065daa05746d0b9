# One image recipe for every process of the platform; the build context is the repository root:
#   docker build --build-arg APP=OneStop.Intake.Host -t onestop/intake:latest .
# APP is a host project's name: OneStop.<Service>.Host for a service under services/, or OneStop.Gateway.
#
# The build stage publishes every host at once, so the images of one `docker-compose build` share it through the layer
# cache. Publishing is self-contained (the .NET runtime comes from NuGet's runtime packs): the runtime image needs only
# the libraries .NET depends on. Both base images are arguments; where no image registry is reachable,
# .ci/start-containers builds stand-ins from Debian packages (see docker-compose.local-images.yml).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src
COPY . .
RUN for project in services/*/OneStop.*.Host/OneStop.*.Host.csproj gateway/OneStop.Gateway/OneStop.Gateway.csproj; do \
      dotnet publish "$project" -c Release -r linux-x64 --self-contained -o "/app/$(basename "$project" .csproj)" || exit 1; \
    done

FROM ${RUNTIME_IMAGE}
ARG APP
WORKDIR /app
COPY --from=build /app/${APP} .
# The runtime-deps image defines the non-root APP_UID; the platform's processes listen on 8080 in a container.
ENV ONESTOP_APP=${APP} ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
# exec: the process becomes PID 1 and receives SIGTERM directly; the container's arguments pass on to it.
ENTRYPOINT ["/bin/sh", "-c", "exec \"./$ONESTOP_APP\" \"$@\"", "--"]

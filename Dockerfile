# The Lscp service as a Native AOT binary on a minimal base image.
#   docker build -t lscp .
#   docker run --rm -p 8080:8080 lscp          # then http://localhost:8080/health
# The publish command below is the one CI runs on every change (tests/aot-smoke/run.sh), and a test keeps the two the
# same, so this recipe stays true although the CI machine does not build images.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Native AOT links with clang; zlib for the runtime's compression.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Lscp.Http -c Release -r linux-x64 -p:PublishAot=true -o /app

# No shell, no package manager, a non-root user (app, uid 1654) by default: only what the binary needs.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
WORKDIR /app
COPY --from=build /app/Lscp.Http /app/appsettings.json ./
USER app
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The binary probes itself: the image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 CMD ["/app/Lscp.Http", "--health", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/app/Lscp.Http"]

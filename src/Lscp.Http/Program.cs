// The runnable service: the Lscp endpoints on their own host, on the built-in Lewisham data, with Swagger UI at /swagger
// in Development (or wherever Lscp:PublishOpenApi is true). It publishes as a Native AOT binary (see the Dockerfile).
// A council app hosts the same endpoints in its own app with services.AddLscp() and app.MapLscp().
using System.IO.Compression;
using Lscp.Http;
using Lscp.Adapters;
using Lscp.Model;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Microsoft.AspNetCore.ResponseCompression;

if (args is [HealthProbe.Flag, ..])
{
    return await HealthProbe.RunAsync(args);
}

// The built-in data (the working-day calendar's 222 years, Lewisham's arrangements, the rulebook) takes about 20 ms to
// build; build it on the other core while the host starts, not after. A fault in it still stops the start-up, when the
// options are validated.
_ = Task.Run(static () => (WorkingDayCalendar.EnglandAndWales, BuiltInPartnerships.Lewisham, Rulebook.Standard));

// The content root is the binary's own folder, so appsettings.json and the log levels are the same however the service
// is started (from the repository root, by a service manager, in a container).
// The slim builder (console logging, no EventSource or host filtering) starts faster, most of all as Native AOT; HTTPS
// endpoints configured under Kestrel:Endpoints still work.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseKestrelHttpsConfiguration();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Answers are JSON that repeats itself (a compliance answer shrinks about ten times): Brotli, else gzip, for clients that ask.
// Over HTTPS too: no answer mixes a secret with text the caller chose, the condition BREACH needs.
builder.Services.AddResponseCompression(compression =>
{
    compression.EnableForHttps = true;
    compression.Providers.Add<BrotliCompressionProvider>();
    compression.Providers.Add<GzipCompressionProvider>();
    compression.MimeTypes = ["application/json", "application/problem+json", "text/calendar"];
});
builder.Services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
builder.Services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);
// Settings from appsettings.json, environment (Lscp__ApiKeys__0=..., Lscp__PermitsPerMinute=600, AllowedHosts=...) or
// the command line. A value that is not of its setting's kind (PermitsPerMinute=lots) stops the start here, and one that
// is out of range when the options are validated; either way with one line naming the setting, and exit code 2.
var settings = new ServiceSettings(builder.Configuration);
var read = settings.Read();
if (settings.Problems.Count > 0)
{
    return ServiceSettings.Refuse(settings.Problems);
}

builder.Services.AddLscp(read);

// The host filter (the AllowedHosts setting) runs inside UseLscp, so that a refused host gets the problem answer and the
// security headers; the web host's own copy, ahead of the whole pipeline, would answer an empty 400.
foreach (var outer in builder.Services.Where(static s => s.ImplementationType?.Name == "HostFilteringStartupFilter").ToList())
{
    builder.Services.Remove(outer);
}

builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(static hosts => hosts.IncludeFailureMessage = false);

var app = builder.Build();
app.UseResponseCompression();
app.UseLscp();

// The OpenAPI document and Swagger UI describe the service to anyone who asks; outside Development they are published
// only when a setting says so (Lscp__PublishOpenApi=true). The document served is the checked-in
// src/Lscp.Http/openapi/v1.json, the same in every build, Native AOT included.
if (app.Configuration.GetValue<bool?>("Lscp:PublishOpenApi") ?? app.Environment.IsDevelopment())
{
    app.MapPublishedOpenApi();
    app.UseSwaggerUI(ui => ui.SwaggerEndpoint(PublishedOpenApi.Path, "Lscp v1"));
}

app.MapLscp();
try
{
    // Validated here, before the host starts (which would log the refusal with a stack trace), so that a bad setting is
    // one line.
    _ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LscpOptions>>().Value;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    return ServiceSettings.Refuse(e.Failures);
}

await app.RunAsync();
return 0;

/// <summary>The service's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

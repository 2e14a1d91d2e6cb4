// The runnable service: the Lscp endpoints on their own host, on the built-in Lewisham data, with Swagger UI at /swagger
// in Development (or wherever Lscp:PublishOpenApi is true).
// A council app hosts the same endpoints in its own app with services.AddLscp() and app.MapLscp().
using Lscp.Http;
using Lscp.Http.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddLscp(options =>
{
    // Settings from appsettings.json, environment (Lscp__ApiKeys__0=..., Lscp__PermitsPerMinute=600) or the command line;
    // they are checked when the service starts, and a bad one stops it with the setting's name.
    var section = builder.Configuration.GetSection("Lscp");
    options.ApiKeys = section.GetSection("ApiKeys").Get<string[]>() ?? [];
    options.PermitsPerMinute = section.GetValue<int?>("PermitsPerMinute");
    options.MaxRequestBodyBytes = section.GetValue<long?>("MaxRequestBodyBytes") ?? options.MaxRequestBodyBytes;
    options.MaxListItems = section.GetValue<int?>("MaxListItems") ?? options.MaxListItems;
    options.MaxIncidents = section.GetValue<int?>("MaxIncidents") ?? options.MaxIncidents;
    options.MaxYearlyReports = section.GetValue<int?>("MaxYearlyReports") ?? options.MaxYearlyReports;
    options.MaxPeriodYears = section.GetValue<int?>("MaxPeriodYears") ?? options.MaxPeriodYears;
    options.FeedTokens = section.GetSection("FeedTokens").Get<FeedToken[]>() ?? [];
});
builder.Services.AddLscpOpenApi();

var app = builder.Build();
app.UseLscp();

// The OpenAPI document and Swagger UI describe the service to anyone who asks; outside Development they are published
// only when a setting says so (Lscp__PublishOpenApi=true). The document is also checked in at src/Lscp.Http/openapi/v1.json.
if (app.Configuration.GetValue<bool?>("Lscp:PublishOpenApi") ?? app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.MapLscp();
app.Run();

/// <summary>The service's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

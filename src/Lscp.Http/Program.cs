// The runnable service: the Lscp endpoints on their own host, on the built-in Lewisham data, with Swagger UI at /swagger.
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
});
builder.Services.AddLscpOpenApi();

var app = builder.Build();
app.UseLscp();
app.UseSwagger();
app.UseSwaggerUI();
app.MapLscp();
app.Run();

/// <summary>The service's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

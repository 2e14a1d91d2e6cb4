// The runnable service: the Lscp endpoints on their own host, on the built-in Lewisham data, with Swagger UI at /swagger.
// A council app hosts the same endpoints in its own app with services.AddLscp() and app.MapLscp().
using Lscp.Http;
using Microsoft.OpenApi;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLscp(options =>
{
    // Settings from appsettings.json, environment (Lscp__ApiKeys__0=..., Lscp__PermitsPerMinute=600) or the command line.
    var section = builder.Configuration.GetSection("Lscp");
    options.ApiKeys = section.GetSection("ApiKeys").Get<string[]>() ?? [];
    options.PermitsPerMinute = section.GetValue<int?>("PermitsPerMinute");
    options.MaxRequestBodyBytes = section.GetValue<long?>("MaxRequestBodyBytes") ?? options.MaxRequestBodyBytes;
    options.MaxListItems = section.GetValue<int?>("MaxListItems") ?? options.MaxListItems;
});
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(swagger =>
{
    swagger.SwaggerDoc("v1", new OpenApiInfo
    {
        Title = "Lscp: safeguarding partnership governance",
        Version = "v1",
        Description = "England and Wales working days, partnership arrangements on any date, accountability, quorum, chairs, meeting schedules, statutory case-review clocks and compliance reports. Every error is RFC 9457 problem+json naming the field.",
    });
    swagger.MapType<LocalDate>(() => new OpenApiSchema
    {
        Type = JsonSchemaType.String,
        Format = "date",
        Description = "An ISO date, yyyy-MM-dd, from 1978-01-01 to 2199-12-31.",
        Examples = [System.Text.Json.Nodes.JsonValue.Create("2024-04-01")],
    });
    swagger.MapType<DateInterval>(() => new OpenApiSchema
    {
        Type = JsonSchemaType.Object,
        Description = "Both ends inclusive.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["start"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            ["end"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        },
    });
    swagger.MapType<AnnualDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Description = "MM-dd" });
    swagger.OperationFilter<JsonBodyOperationFilter>();
    swagger.CustomSchemaIds(type => type.FullName!.Replace("Lscp.", string.Empty, StringComparison.Ordinal).Replace('+', '.'));
});

var app = builder.Build();
app.UseLscp();
app.UseSwagger();
app.UseSwaggerUI();
app.MapLscp();
app.Run();

/// <summary>The service's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

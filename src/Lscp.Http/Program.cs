// The runnable service: the Lscp endpoints on their own host, on the built-in Lewisham data.
// A council app hosts the same endpoints in its own app with services.AddLscp() and app.MapLscp().
using Lscp.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLscp();

var app = builder.Build();
app.MapLscp();
app.Run();

/// <summary>The service's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

// The floor: a slim-builder app with one route, to show what any AOT ASP.NET Core service costs to start and hold. Its
// content root is its own folder, as the service's is, so neither watches the folder it was started from.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();

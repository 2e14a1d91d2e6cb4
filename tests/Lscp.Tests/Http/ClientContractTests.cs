using System.Reflection;
using System.Text.Json.Nodes;
using Lscp.Client;
using Lscp.Tests.Model;

namespace Lscp.Tests.Http;

/// <summary>Every client method calls a route and verb present in the OpenAPI document, and every route has a client method.</summary>
public sealed class ClientContractTests
{
    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(OpenApiDocumentTests.CheckedIn))!;

    private static IEnumerable<MethodInfo> ClientMethods =>
        typeof(LscpClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

    [Fact]
    public void Every_client_method_names_a_route_in_the_document()
    {
        foreach (var method in ClientMethods)
        {
            var route = method.GetCustomAttribute<LscpRouteAttribute>();
            Assert.True(route is not null, $"{method.Name} has no [LscpRoute]");
            var operations = Document["paths"]![route.Template]?.AsObject();
            Assert.True(operations is not null, $"{method.Name}: {route.Template} is not in the OpenAPI document");
            Assert.True(operations.ContainsKey(route.Method.ToLowerInvariant()), $"{method.Name}: {route.Method} {route.Template} is not in the OpenAPI document");
        }
    }

    [Fact]
    public void Every_route_in_the_document_has_a_client_method()
    {
        var covered = ClientMethods.Select(m => m.GetCustomAttribute<LscpRouteAttribute>()!).Select(r => $"{r.Method.ToLowerInvariant()} {r.Template}").ToHashSet();
        foreach (var (path, operations) in Document["paths"]!.AsObject())
        {
            foreach (var (verb, _) in operations!.AsObject())
            {
                Assert.Contains($"{verb} {path}", covered);
            }
        }
    }
}

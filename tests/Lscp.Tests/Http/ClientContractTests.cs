using System.Reflection;
using System.Text.Json.Nodes;
using Lscp.Client;
using Refit;

namespace Lscp.Tests.Http;

/// <summary>Every method of the Refit interface calls a route and verb present in the OpenAPI document, and every operation has a method.</summary>
public sealed class ClientContractTests
{
    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(OpenApiDocumentTests.CheckedIn))!;

    private static IEnumerable<(MethodInfo Method, HttpMethodAttribute Route)> Methods =>
        typeof(ILscpApi).GetMethods().Select(m => (m, m.GetCustomAttribute<HttpMethodAttribute>()!));

    [Fact]
    public void Every_client_method_names_an_operation_in_the_document()
    {
        foreach (var (method, route) in Methods)
        {
            Assert.True(route is not null, $"{method.Name} has no Refit verb attribute");
            var operations = Document["paths"]![route.Path]?.AsObject();
            Assert.True(operations is not null, $"{method.Name}: {route.Path} is not in the OpenAPI document");
            Assert.True(operations.ContainsKey(route.Method.Method.ToLowerInvariant()), $"{method.Name}: {route.Method} {route.Path} is not in the OpenAPI document");
        }
    }

    [Fact]
    public void Every_operation_in_the_document_has_a_client_method()
    {
        var covered = Methods.Select(m => $"{m.Route.Method.Method.ToLowerInvariant()} {m.Route.Path}").ToHashSet();
        foreach (var (path, operations) in Document["paths"]!.AsObject())
        {
            foreach (var (verb, _) in operations!.AsObject())
            {
                Assert.Contains($"{verb} {path}", covered);
            }
        }
    }

    [Fact]
    public void The_client_package_depends_on_the_contracts_and_Refit_only()
    {
        var references = typeof(ILscpApi).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Lscp", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Lscp.Contracts"], references);
        var project = File.ReadAllText(Support.Repository.Path("src", "Lscp.Client", "Lscp.Client.csproj"));
        Assert.DoesNotContain("Lscp.Rules", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Lscp.Model", project, StringComparison.Ordinal);
    }
}

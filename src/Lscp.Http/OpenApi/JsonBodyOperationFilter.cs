using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

/// <summary>
/// Names the JSON body type of an endpoint that reads its own body (to refuse bad input with problem+json, including a wrong
/// content type, which the routing's own content-type check would answer with an empty 415).
/// </summary>
/// <param name="BodyType">The body's type.</param>
internal sealed record JsonBodyMetadata(Type BodyType);

/// <summary>Adds the request body named by <see cref="JsonBodyMetadata"/> to the OpenAPI operation.</summary>
internal sealed class JsonBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<JsonBodyMetadata>().FirstOrDefault();
        if (metadata is null)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(metadata.BodyType, context.SchemaRepository) },
            },
        };
    }
}

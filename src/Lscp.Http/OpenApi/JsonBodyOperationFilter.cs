using Microsoft.OpenApi;
using Lscp.Http.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

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

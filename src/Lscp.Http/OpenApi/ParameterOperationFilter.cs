using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

/// <summary>
/// Describes the route and query parameters as the endpoints read them. The handlers take them as text so that a bad value
/// is answered with a problem naming it; the document says what a good value is: a date, a whole number in range, a word.
/// </summary>
internal sealed class ParameterOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var (schema, required) = parameter.Name switch
            {
                "date" or "start" or "end" => (new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }, true),
                "workingDays" => (new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "-100000", Maximum = "100000" }, true),
                "year" or "from" or "to" => (new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1978", Maximum = "2199" }, true),
                "yearStarts" => (new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("april"), JsonValue.Create("january")], Default = JsonValue.Create("april") }, false),
                "person" or "post" => (new OpenApiSchema { Type = JsonSchemaType.String }, false),
                _ => (new OpenApiSchema { Type = JsonSchemaType.String }, parameter.In == ParameterLocation.Path),
            };
            parameter.Schema = schema;
            parameter.Required = required || parameter.In == ParameterLocation.Path;
        }
    }
}

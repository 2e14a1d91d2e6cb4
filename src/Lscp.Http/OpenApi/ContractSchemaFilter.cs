using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lscp.Contracts;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

/// <summary>
/// Makes each contract type's schema say what the type declares: a member that is never null is required; a string that
/// holds a date says <c>format: date</c> (<see cref="System.ComponentModel.DataAnnotations.DataType.Date"/>); a string limited to some words lists them
/// (<see cref="AllowedValuesAttribute"/>); a document member marked <see cref="RequiredAttribute"/> is required. No member
/// is <c>nullable</c>: the service leaves out a member with no value rather than send null, and refuses null in a request.
/// </summary>
internal sealed class ContractSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || context.Type.Assembly != typeof(ApiProblem).Assembly || context.Type.IsEnum || target.Properties is null)
        {
            return;
        }

        var nullability = new NullabilityInfoContext(); // not thread-safe, so one per schema
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!target.Properties.TryGetValue(name, out var member))
            {
                continue;
            }

            var isNullable = nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (!isNullable || property.GetCustomAttribute<RequiredAttribute>() is not null)
            {
                target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                target.Required.Add(name);
            }

            if (member is not OpenApiSchema memberSchema)
            {
                continue;
            }

            if (memberSchema.Type is { } type)
            {
                memberSchema.Type = type & ~JsonSchemaType.Null;
            }

            if (property.GetCustomAttribute<DataTypeAttribute>()?.DataType == System.ComponentModel.DataAnnotations.DataType.Date)
            {
                memberSchema.Format = "date";
            }

            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                memberSchema.Enum = [.. allowed.Values.Select(v => (JsonNode)JsonValue.Create((string)v!))];
            }
        }
    }
}

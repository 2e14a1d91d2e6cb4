using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

/// <summary>
/// Marks the <c>/v1</c> operations as accepting the <c>X-Api-Key</c> scheme, optionally: the requirements are "none" or
/// "the key", since the key is asked for only when the service is configured with keys; every other operation as
/// asking for none.
/// </summary>
internal sealed class ApiKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) != true)
        {
            // Outside /v1 (the health probe) no key is ever asked for: said so, as an empty requirement.
            operation.Security = [new OpenApiSecurityRequirement()];
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement());
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(LscpOpenApi.ApiKeyScheme, context.Document)] = [],
        });
    }
}

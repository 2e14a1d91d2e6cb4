using Lscp.Adapters;
using Lscp.Contracts.Json;
using Lscp.Http.Problems;

namespace Lscp.Http.Input;

/// <summary>
/// Refuses a <c>/v1</c> request whose query or route values hold a control character (a <c>%00</c> in particular, which
/// NodaTime's parser would take for the end of the text): 400 naming each parameter, before any endpoint reads it.
/// JSON bodies are checked string by string as they are read (<see cref="PlainTextConverter"/>).
/// </summary>
internal sealed class PlainTextFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var errors = new InputProblems();
        foreach (var (name, values) in request.Query)
        {
            if (values.Any(HasControlCharacter) || HasControlCharacter(name))
            {
                errors.Invalid(Echo.Of(name), PlainTextConverter.HasControlCharacter);
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && HasControlCharacter(text))
            {
                errors.Invalid(name, PlainTextConverter.HasControlCharacter);
            }
        }

        return errors.IsEmpty ? next(context) : ValueTask.FromResult<object?>(errors.ToProblem());
    }

    private static bool HasControlCharacter(string? text) => text is not null && PlainTextConverter.ContainsControlCharacter(text);
}

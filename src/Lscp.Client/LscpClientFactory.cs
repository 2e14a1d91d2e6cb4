using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Lscp.Contracts;
using NodaTime;
using NodaTime.Text;
using Refit;

namespace Lscp.Client;

/// <summary>The Refit settings the client needs, and a client over an <see cref="HttpClient"/> you already have.</summary>
public static class LscpClientFactory
{
    /// <summary>
    /// Refit settings for the Lscp service: System.Text.Json with the contracts' own context (camelCase, ISO dates), dates in
    /// routes and queries as <c>yyyy-MM-dd</c>, and every non-2xx answer as an <see cref="LscpApiException"/> carrying the problem.
    /// </summary>
    public static RefitSettings CreateSettings()
    {
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(LscpJsonContext.Default.Options)), new IsoDateUrlFormatter());
        settings.ExceptionFactory = response => CreateExceptionAsync(response, settings);
        return settings;
    }

    /// <summary>A client over <paramref name="http"/>, whose <see cref="HttpClient.BaseAddress"/> is the service (such as <c>http://localhost:5080/</c>).</summary>
    public static ILscpApi Create(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return RestService.ForGenerated<ILscpApi>(http, CreateSettings());
    }

    private static async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response, RefitSettings settings)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var inner = await ApiException.Create(response.RequestMessage!, response.RequestMessage!.Method, response, settings).ConfigureAwait(false);
        ApiProblem? problem = null;
        if (inner.Content is { Length: > 0 } content && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            try
            {
                problem = JsonSerializer.Deserialize(content, LscpJsonContext.Default.ApiProblem);
            }
            catch (JsonException)
            {
                // Not the problem shape after all: the status and the raw content stay on the exception.
            }
        }

        return new LscpApiException(inner, problem);
    }

    /// <summary>Dates as ISO yyyy-MM-dd in routes and queries; everything else as Refit formats it.</summary>
    private sealed class IsoDateUrlFormatter : DefaultUrlParameterFormatter
    {
        public override string? Format(object? parameterValue, ICustomAttributeProvider attributeProvider, Type type) =>
            parameterValue is LocalDate date
                ? LocalDatePattern.Iso.Format(date)
                : parameterValue is IFormattable formattable && parameterValue is not Enum
                    ? formattable.ToString(null, CultureInfo.InvariantCulture)
                    : base.Format(parameterValue, attributeProvider, type);
    }
}

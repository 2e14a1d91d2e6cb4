using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lscp.Contracts.Json;

/// <summary>An enum as its camelCase name (<c>metLate</c>), in both directions; numbers are refused.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

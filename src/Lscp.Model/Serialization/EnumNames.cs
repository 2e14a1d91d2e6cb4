using System.Collections.Frozen;
using System.Text.Json;

namespace Lscp.Model.Serialization;

/// <summary>The camelCase JSON names of an enum's members ("localAuthority" for <see cref="AgencyKind.LocalAuthority"/>), both ways.</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    /// <summary>Every name, in declaration order, for error messages and the schema.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];

    public static string NameOf(T value) => ByValue[value];

    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name, out value);
}

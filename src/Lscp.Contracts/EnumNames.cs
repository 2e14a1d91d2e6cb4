using System.Collections.Frozen;
using System.Text.Json;

namespace Lscp.Contracts;

/// <summary>
/// The camelCase names of an enum's members (<c>localAuthority</c> for <c>LocalAuthority</c>), both ways: the one way every
/// reader and writer of documents, rulebook choices and scenario files names an enum, as the wire does.
/// </summary>
public static class EnumNames
{
    /// <summary>Every name of <typeparamref name="T"/>, in declaration order, for error messages and the schema.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Cache<T>.All;

    /// <summary>The name of <paramref name="value"/>.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="value"/> is not a member of the enum.</exception>
    public static string NameOf<T>(T value)
        where T : struct, Enum => Cache<T>.ByValue[value];

    /// <summary>The member called <paramref name="name"/> (exactly, case and all); false when there is none.</summary>
    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum
    {
        if (name is null)
        {
            value = default;
            return false;
        }

        return Cache<T>.ByName.TryGetValue(name, out value);
    }

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];

        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

        public static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);
    }
}

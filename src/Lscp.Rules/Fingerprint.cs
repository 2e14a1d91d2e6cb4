using System.Globalization;

namespace Lscp.Rules;

/// <summary>
/// A short, stable fingerprint of text (32-bit FNV-1a, as 8 hex digits): the same in every process and release,
/// unlike <see cref="string.GetHashCode()"/>. Versions of amended data carry one, so equal versions mean equal data.
/// </summary>
internal static class Fingerprint
{
    public static string Of(IEnumerable<string> parts)
    {
        var hash = 2166136261u;
        foreach (var part in parts)
        {
            foreach (var ch in part)
            {
                hash = (hash ^ ch) * 16777619u;
            }

            hash = (hash ^ ';') * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}

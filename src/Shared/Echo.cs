using System.Text;

namespace Lscp;

/// <summary>
/// How an error repeats a rejected value: once, cut to its first <see cref="MaxLength"/> characters, with control
/// characters shown as <c>?</c>, so that an answer never grows with the request and never carries what it refused
/// (a NUL, a terminal escape) back to the caller's screen. Case references are never echoed at all.
/// </summary>
internal static class Echo
{
    /// <summary>The most characters of a rejected value repeated in an error.</summary>
    public const int MaxLength = 40;

    /// <summary><paramref name="value"/> as an error may show it.</summary>
    public static string Of(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var cut = value.Length > MaxLength;
        var shown = new StringBuilder(Math.Min(value.Length, MaxLength) + 3);
        foreach (var ch in cut ? value.AsSpan(0, MaxLength) : value.AsSpan())
        {
            shown.Append(char.IsControl(ch) || char.IsSurrogate(ch) ? '?' : ch);
        }

        return cut ? shown.Append("...").ToString() : shown.ToString();
    }
}

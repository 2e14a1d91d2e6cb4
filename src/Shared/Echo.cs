using System.Text;

namespace Lscp;

/// <summary>
/// How an error repeats a rejected value: once, cut to its first <see cref="MaxLength"/> characters, with control
/// characters shown as <c>?</c>, so that an answer never grows with the request and never carries what it refused
/// (a NUL, a terminal escape) back to the caller's screen. Case references are never echoed at all. A path (an error's
/// JSON path, a problem's <c>instance</c>) is shown by the same rule, each of its names cut to <see cref="MaxLength"/>
/// characters, and the whole to <see cref="MaxPathLength"/>.
/// </summary>
internal static class Echo
{
    /// <summary>The most characters of a rejected value repeated in an error.</summary>
    public const int MaxLength = 40;

    /// <summary>The most characters of a path repeated in an error.</summary>
    public const int MaxPathLength = 200;

    /// <summary>
    /// <paramref name="path"/> (<c>$.records.meetings[3].date</c>, or a request path <c>/v1/partnerships/lewisham</c>) as an
    /// error may show it: each name between <c>.</c>, <c>/</c>, <c>[</c> and <c>]</c> cut to <see cref="MaxLength"/>
    /// characters, the whole to <see cref="MaxPathLength"/>, control characters as <c>?</c>. A path within both limits
    /// and with no control character is returned as it is.
    /// </summary>
    public static string Path(string? path)
    {
        if (path is null)
        {
            return string.Empty;
        }

        var run = 0;
        var plain = path.Length <= MaxPathLength;
        for (var i = 0; plain && i < path.Length; i++)
        {
            var ch = path[i];
            run = ch is '.' or '/' or '[' or ']' ? 0 : run + 1;
            plain = run <= MaxLength && !char.IsControl(ch) && !char.IsSurrogate(ch);
        }

        if (plain)
        {
            return path;
        }

        var shown = new StringBuilder(MaxPathLength + 48);
        var start = 0;
        var end = 0;
        for (; end <= path.Length && shown.Length < MaxPathLength; end++)
        {
            if (end == path.Length || path[end] is '.' or '/' or '[' or ']')
            {
                shown.Append(Of(path[start..end]));
                if (end < path.Length)
                {
                    shown.Append(path[end]);
                }

                start = end + 1;
            }
        }

        // Stopped before the end, or the last name took the path past the limit: cut, and say so.
        return end <= path.Length || shown.Length > MaxPathLength ? shown.ToString(0, Math.Min(shown.Length, MaxPathLength)) + "..." : shown.ToString();
    }

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

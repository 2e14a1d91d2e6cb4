using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Lscp;

/// <summary>
/// Domain invariants that the BCL throw helpers do not cover. This one file is compiled into
/// each package as an internal type, so no package exposes it or depends on another for it.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the parameter when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string message,
        [CallerArgumentExpression(nameof(condition))] string? expression = null,
        string? paramName = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName ?? expression);
        }
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or white space; returns it trimmed otherwise.</summary>
    public static string CheckText(
        [NotNull] string? value,
        [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value.Trim();
    }

    /// <summary>
    /// Throws unless <paramref name="value"/> is an identifier: lower-case letters, digits and hyphens, starting with a
    /// letter or digit, at most 64 characters (for example <c>lb-lewisham</c>). Returns it otherwise.
    /// </summary>
    public static string CheckId(
        [NotNull] string? value,
        [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsId(value))
        {
            throw new ArgumentException($"'{value}' is not an identifier: use 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.", paramName);
        }

        return value;
    }

    /// <summary>True when <paramref name="value"/> is an identifier in the sense of <see cref="CheckId"/>.</summary>
    public static bool IsId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64 || value[0] == '-')
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (!(ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Lscp;

/// <summary>
/// The domain's own argument guards, as extension methods of Ardalis.GuardClauses (<c>Guard.Against.InvalidId(id)</c>),
/// beside its general ones (<c>Guard.Against.Null</c>, <c>Guard.Against.NullOrWhiteSpace</c>, <c>Guard.Against.EnumOutOfRange</c>).
/// They guard the public constructors and methods of the model and the rules against programming errors; input from a
/// caller is checked by the readers first, which report every problem with its path, so no guard's message ever
/// becomes an API error. Compiled into each domain package as an internal type.
/// </summary>
internal static class DomainGuards
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/>, an
    /// invariant the arguments must meet, is false.
    /// </summary>
    public static void Unmet(
        this IGuardClause guardClause,
        [DoesNotReturnIf(false)] bool condition,
        string message,
        [CallerArgumentExpression(nameof(condition))] string? parameterName = null)
    {
        _ = guardClause;
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for the first of <paramref name="broken"/>, naming its parameter.</summary>
    public static void BrokenInvariants(this IGuardClause guardClause, IEnumerable<Invariant> broken)
    {
        _ = guardClause;
        foreach (var invariant in broken)
        {
            throw new ArgumentException(invariant.Message, invariant.Parameter);
        }
    }

    /// <summary>
    /// Throws unless <paramref name="input"/> is an identifier: lower-case letters, digits and hyphens, starting with a
    /// letter or digit, at most 64 characters (for example <c>lb-lewisham</c>). Returns it otherwise.
    /// </summary>
    public static string InvalidId(
        this IGuardClause guardClause,
        [NotNull] string? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.Null(input, parameterName);
        if (!IsId(input))
        {
            throw new ArgumentException($"'{input}' is not an identifier: use 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.", parameterName);
        }

        return input;
    }

    /// <summary>Throws when <paramref name="input"/> is null, empty or white space; returns it trimmed otherwise.</summary>
    public static string BlankText(
        this IGuardClause guardClause,
        [NotNull] string? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null) =>
        guardClause.NullOrWhiteSpace(input, parameterName).Trim();

    /// <summary>True when <paramref name="value"/> is an identifier in the sense of <see cref="InvalidId"/>.</summary>
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

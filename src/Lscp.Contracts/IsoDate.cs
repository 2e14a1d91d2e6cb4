using NodaTime;
using NodaTime.Text;

namespace Lscp.Contracts;

/// <summary>
/// The one reader of dates written as text, wherever they come from (a query, a route, a JSON body, a document, a
/// scenario): exactly ten characters, <c>yyyy-MM-dd</c>, a real calendar date. Nothing is repaired: a control character
/// anywhere (NodaTime's parser would take a NUL for the end of the text), a sign, a time or spaces make it not a date.
/// </summary>
public static class IsoDate
{
    /// <summary>The wording of a refused date, the same wherever a date is read.</summary>
    public const string NotADate = "is not a valid date; write a real calendar date as yyyy-MM-dd, such as 2024-04-01.";

    /// <summary>True with the date when <paramref name="text"/> is exactly an ISO calendar date.</summary>
    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is not { Length: 10 } || Json.PlainTextConverter.ContainsControlCharacter(text))
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    /// <summary>The wording of a missing date, the same wherever a date is read.</summary>
    public const string Required = "is required: a date such as 2024-04-01.";

    /// <summary>
    /// Reads a date field the one way every reader does: the date; or null with <paramref name="problem"/> in the one
    /// wording (<see cref="Required"/>, or the rejected text, cut to 40 characters, and <see cref="NotADate"/>); or null
    /// with no problem when an optional field is absent (<paramref name="text"/> null).
    /// </summary>
    public static LocalDate? Read(string? text, bool required, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            problem = required ? Required : null;
            return null;
        }

        if (!TryParse(text, out var date))
        {
            problem = $"'{Echo.Of(text)}' {NotADate}";
            return null;
        }

        return date;
    }

    /// <summary><paramref name="date"/> as <c>yyyy-MM-dd</c>.</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

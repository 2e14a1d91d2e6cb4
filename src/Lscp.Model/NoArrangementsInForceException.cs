using NodaTime;

namespace Lscp.Model;

/// <summary>A question was asked about a date before a partnership's first arrangements took effect.</summary>
public sealed class NoArrangementsInForceException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    public NoArrangementsInForceException(string partnershipName, LocalDate date, LocalDate firstEffective)
        : base(nameof(date), $"{partnershipName} has no arrangements in force on {date:uuuu-MM-dd}; its first arrangements took effect on {firstEffective:uuuu-MM-dd}.")
    {
        Date = date;
        FirstEffective = firstEffective;
    }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>The day the first arrangements took effect.</summary>
    public LocalDate FirstEffective { get; }
}

using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>Why a date is a bank holiday.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BankHolidayOrigin>))]
public enum BankHolidayOrigin
{
    /// <summary><c>standingRule</c>: a standing day on its usual date.</summary>
    StandingRule,

    /// <summary><c>substituteDay</c>: a weekday in place of a standing day that fell at a weekend.</summary>
    SubstituteDay,

    /// <summary><c>movedByProclamation</c>: a standing day moved by royal proclamation.</summary>
    MovedByProclamation,

    /// <summary><c>extraByProclamation</c>: a one-off extra day appointed by royal proclamation.</summary>
    ExtraByProclamation,

    /// <summary><c>localAmendment</c>: a day the service's operator added to the calendar.</summary>
    LocalAmendment,
}

using System.ComponentModel.DataAnnotations;

namespace Lscp.Contracts.Documents;

// A partnership's local rulebook changes as data: parameter settings and dated suspensions over the standard catalogue.
// Dates are yyyy-MM-dd strings here so that a bad value becomes an error with its path; RulebookJson reads them.
#pragma warning disable CA1002, CA2227 // Plain document types, filled by the JSON and YAML readers.

/// <summary>Local changes to the standard rulebook: <c>{ "settings": [...], "suspensions": [...] }</c>.</summary>
public sealed class RulebookDocument
{
    /// <summary>The JSON Schema the document claims to follow (rulebook.schema.json), for editors; ignored when reading.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>Parameter values the partnership sets, each for a period.</summary>
    public List<SettingDocument>? Settings { get; set; }

    /// <summary>Dated suspensions of rules.</summary>
    public List<SuspensionDocument>? Suspensions { get; set; }
}

/// <summary>One parameter value: <c>{ "rule": "GOV-CADENCE-02", "name": "toleranceDays", "value": "30", "from": "2024-04-01", "reason": "..." }</c>; <c>to</c> is optional and inclusive.</summary>
public sealed class SettingDocument
{
    /// <summary>The rule id.</summary>
    [Required]
    public string? Rule { get; set; }

    /// <summary>The parameter's name.</summary>
    [Required]
    public string? Name { get; set; }

    /// <summary>The value, as text ("30", "0.8", "awareness").</summary>
    [Required]
    public string? Value { get; set; }

    /// <summary>The first day it applies, yyyy-MM-dd.</summary>
    [Required]
    [DataType(DataType.Date)]
    public string? From { get; set; }

    /// <summary>The last day it applies (inclusive), or absent.</summary>
    [DataType(DataType.Date)]
    public string? To { get; set; }

    /// <summary>Why the partnership sets it.</summary>
    [Required]
    public string? Reason { get; set; }
}

/// <summary>One suspension: <c>{ "rule": "TS-RAPID-01", "from": "2020-03-23", "to": "2020-07-31", "reason": "..." }</c>.</summary>
public sealed class SuspensionDocument
{
    /// <summary>The rule id.</summary>
    [Required]
    public string? Rule { get; set; }

    /// <summary>The first suspended day, yyyy-MM-dd.</summary>
    [Required]
    [DataType(DataType.Date)]
    public string? From { get; set; }

    /// <summary>The last suspended day (inclusive), or absent for open-ended.</summary>
    [DataType(DataType.Date)]
    public string? To { get; set; }

    /// <summary>Why, with its authority.</summary>
    [Required]
    public string? Reason { get; set; }
}

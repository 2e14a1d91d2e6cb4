using System.ComponentModel.DataAnnotations;

namespace Lscp.Contracts.Documents;

// The JSON document format of a partnership (schema: partnership.schema.json, shipped beside the package's data).
// These types mirror the JSON one to one. Dates and enum values are kept as strings here so that a bad value becomes a
// validation error with its JSON path rather than a parse failure; PartnershipDocumentMapper turns them into the model.
#pragma warning disable CS1591 // The members are documented by the schema, property by property.

/// <summary>The root of a partnership document: the partnership and the versions of its arrangements.</summary>
public sealed class PartnershipDocument
{
    /// <summary>The JSON Schema the document claims to follow; ignored when reading.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [Required]
    public int? FormatVersion { get; set; }

    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Name { get; set; }

    [Required]
    public List<string>? Areas { get; set; }

    [Required]
    public List<ArrangementsDocument>? Versions { get; set; }
}

/// <summary>One version of the arrangements.</summary>
public sealed class ArrangementsDocument
{
    [Required]
    [DataType(DataType.Date)]
    public string? EffectiveFrom { get; set; }

    [Required]
    public string? Title { get; set; }

    [Required]
    public string? Source { get; set; }

    [Required]
    public List<AgencyDocument>? Agencies { get; set; }

    public List<PostDocument>? Posts { get; set; }

    public List<HoldingDocument>? Holdings { get; set; }

    public List<LeadDocument>? Leads { get; set; }

    public List<DelegationDocument>? Delegations { get; set; }

    public List<BodyDocument>? Bodies { get; set; }

    public List<NeighbourDocument>? Neighbours { get; set; }

    /// <summary>What the version's own facts (effectiveFrom, holdings, agencies) rest on when the source does not publish them: inferred with the reasoning, or a default to confirm.</summary>
    public List<VersionBasisDocument>? Basis { get; set; }
}

/// <summary>An agency.</summary>
public sealed class AgencyDocument
{
    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Name { get; set; }

    [Required]
    [AllowedValues("localAuthority", "integratedCareBoard", "police", "education", "healthProvider", "probation", "housing", "publicHealth", "voluntaryOrFaith", "electedMember", "other")]
    public string? Kind { get; set; }

    [Required]
    [AllowedValues("statutoryPartner", "relevantAgency")]
    public string? Role { get; set; }

    /// <summary>The first day the organisation no longer existed, when it has ceased.</summary>
    [DataType(DataType.Date)]
    public string? CeasedOn { get; set; }

    /// <summary>Where its ending is recorded; required with <see cref="CeasedOn"/>.</summary>
    public string? CeasedSource { get; set; }

    /// <summary>For a relevant agency, where it stands in the Schedule of SI 2018/789; leave out when not recorded.</summary>
    public ScheduleListingDocument? Schedule { get; set; }
}

/// <summary>A relevant agency's place in the Schedule of SI 2018/789.</summary>
public sealed class ScheduleListingDocument
{
    /// <summary>The Schedule paragraphs whose categories the agency falls in; empty for an agency named outside the Schedule.</summary>
    [Required]
    public List<int>? Paragraphs { get; set; }

    [Required]
    [AllowedValues("published", "inferred", "default")]
    public string? Provenance { get; set; }

    /// <summary>The source or the reasoning.</summary>
    [Required]
    public string? Note { get; set; }
}

/// <summary>A post.</summary>
public sealed class PostDocument
{
    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Agency { get; set; }

    [Required]
    public string? Title { get; set; }
}

/// <summary>A person holding a post from one date to another (both inclusive).</summary>
public sealed class HoldingDocument
{
    [Required]
    public string? Post { get; set; }

    public string? Person { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? From { get; set; }

    [DataType(DataType.Date)]
    public string? To { get; set; }

    [Required]
    public string? Source { get; set; }
}

/// <summary>A statutory partner's accountable lead.</summary>
public sealed class LeadDocument
{
    [Required]
    public string? Partner { get; set; }

    [Required]
    public string? Post { get; set; }
}

/// <summary>A delegation from a partner's lead to a post of the same agency.</summary>
public sealed class DelegationDocument
{
    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Partner { get; set; }

    [Required]
    public string? Delegate { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? From { get; set; }

    [DataType(DataType.Date)]
    public string? To { get; set; }

    [Required]
    public List<string>? Functions { get; set; }
}

/// <summary>A body.</summary>
public sealed class BodyDocument
{
    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Name { get; set; }

    [Required]
    [AllowedValues("executivePartnership", "partnershipGroup", "subgroup", "taskAndFinishGroup", "crossBoroughGroup", "supportTeam", "childDeathOverviewPanel")]
    public string? Kind { get; set; }

    [DataType(DataType.Date)]
    public string? From { get; set; }

    [DataType(DataType.Date)]
    public string? To { get; set; }

    public List<MemberDocument>? Members { get; set; }

    public ChairDocument? Chair { get; set; }

    public int? MeetingsPerYear { get; set; }

    public QuorumDocument? Quorum { get; set; }

    public List<string>? ReportsTo { get; set; }

    public string? Notes { get; set; }

    /// <summary>What the body's facts rest on when they are not simply published in the version's source.</summary>
    public List<BasisDocument>? Basis { get; set; }
}

/// <summary>What one fact of a body rests on: an inference with its reasoning, a default to confirm, or another publication.</summary>
public sealed class BasisDocument
{
    [Required]
    [AllowedValues("chair", "cadence", "quorum", "period", "members")]
    public string? Fact { get; set; }

    [Required]
    [AllowedValues("published", "inferred", "default")]
    public string? Provenance { get; set; }

    /// <summary>The source, the reasoning, or what the partnership should confirm.</summary>
    [Required]
    public string? Note { get; set; }
}

/// <summary>A seat on a body.</summary>
public sealed class MemberDocument
{
    [Required]
    public string? Agency { get; set; }

    [Required]
    public string? Representative { get; set; }

    [AllowedValues("core", "advisory")]
    public string? Kind { get; set; }

    [AllowedValues("notAllowed", "allowed", "withChairAgreement")]
    public string? Deputies { get; set; }
}

/// <summary>A chair arrangement: <c>type</c> is fixed (agency, post), rotating (order, yearStarts, firstAgencyYear) or independent (person).</summary>
public sealed class ChairDocument
{
    [Required]
    [AllowedValues("fixed", "rotating", "independent")]
    public string? Type { get; set; }

    public string? Agency { get; set; }

    public string? Post { get; set; }

    public List<string>? Order { get; set; }

    public string? YearStarts { get; set; }

    public int? FirstAgencyYear { get; set; }

    public string? Person { get; set; }
}

/// <summary>A quorum rule.</summary>
public sealed class QuorumDocument
{
    public bool? RequireAllStatutoryPartners { get; set; }

    public int? MinimumMembers { get; set; }

    public int? MinimumAgencies { get; set; }

    public bool? ChairMustBePresent { get; set; }
}

/// <summary>A neighbouring partnership.</summary>
public sealed class NeighbourDocument
{
    [Required]
    public string? Partnership { get; set; }

    [Required]
    public string? Relationship { get; set; }
}

/// <summary>What one fact of a version itself rests on, when its source does not publish it: an inference with its reasoning, or a default to confirm.</summary>
public sealed class VersionBasisDocument
{
    /// <summary>effectiveFrom (the day the version took effect), holdings (the dates people hold their posts), or agencies (their names and kinds as recorded).</summary>
    [Required]
    [AllowedValues("effectiveFrom", "holdings", "agencies")]
    public string? Fact { get; set; }

    [Required]
    [AllowedValues("published", "inferred", "default")]
    public string? Provenance { get; set; }

    /// <summary>The source, the reasoning, or what the partnership should confirm.</summary>
    [Required]
    public string? Note { get; set; }
}

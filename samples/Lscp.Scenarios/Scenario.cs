using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Reporting;
using NodaTime;

namespace Lscp.Scenarios;

/// <summary>A scenario read and validated: ready to run.</summary>
/// <param name="File">The file it came from.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it is about.</param>
/// <param name="Query">The compliance question, read as the service reads a posted scenario.</param>
/// <param name="Expect">The expectations, or null.</param>
public sealed record Scenario(string File, string Name, string? Description, ComplianceQuery Query, ExpectDocument? Expect)
{
    /// <summary>The partnership.</summary>
    public Partnership Partnership => Query.Partnership;

    /// <summary>The records.</summary>
    public PartnershipRecords Records => Query.Records;

    /// <summary>The period assessed: the one given, or the financial year containing <see cref="AsOf"/>.</summary>
    public DateInterval Period => Query.Period;

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf => Query.AsOf;

    /// <summary>The standard rulebook with the scenario's own settings and suspensions.</summary>
    public Lscp.Rules.Catalogue.Rulebook Rulebook => Query.Rulebook;
}

using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Model.Records;
using NodaTime;

namespace Lscp.Scenarios;

/// <summary>A scenario read and validated: ready to run.</summary>
/// <param name="File">The file it came from.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it is about.</param>
/// <param name="Partnership">The partnership.</param>
/// <param name="Records">The records.</param>
/// <param name="Period">The period, or null for the financial year containing <paramref name="AsOf"/>.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Expect">The expectations, or null.</param>
/// <param name="Rulebook">The standard rulebook with the scenario's own settings and suspensions.</param>
public sealed record Scenario(string File, string Name, string? Description, Partnership Partnership, PartnershipRecords Records, DateInterval? Period, LocalDate AsOf, ExpectDocument? Expect, Lscp.Rules.Catalogue.Rulebook Rulebook);

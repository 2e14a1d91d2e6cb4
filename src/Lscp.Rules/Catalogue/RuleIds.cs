namespace Lscp.Rules.Catalogue;

/// <summary>
/// The stable id of every rule, one constant per rule named by its class. The constants are written at build time from
/// the rule files' names (<c>GOV-QUORUM-01.MeetingQuorate.cs</c> gives <c>MeetingQuorate = "GOV-QUORUM-01"</c>), so
/// <c>find src -name 'GOV-QUORUM-01*'</c> finds a rule's code and a new rule needs no entry here.
/// </summary>
public static partial class RuleIds;

using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A delay to a local review's publication (criminal proceedings, an inquest), as the partners recorded it: the reason,
/// and the days they told the Child Safeguarding Practice Review Panel and the Secretary of State why publication is
/// delayed. A delay does not move the publication date: the six months stand, and a late publication whose delay was
/// explained to both is a different finding from one whose delay was not.
/// </summary>
public sealed record ReviewDelay
{
    /// <summary>Records a delay.</summary>
    /// <param name="reason">Why publication is delayed.</param>
    /// <param name="panelToldOn">The day the Panel was told of the delay and its reason, or null when it was not (or not recorded).</param>
    /// <param name="secretaryOfStateToldOn">The day the Secretary of State was told, or null.</param>
    public ReviewDelay(string reason, LocalDate? panelToldOn, LocalDate? secretaryOfStateToldOn)
    {
        Reason = Guard.Against.BlankText(reason);
        PanelToldOn = panelToldOn;
        SecretaryOfStateToldOn = secretaryOfStateToldOn;
    }

    /// <summary>Why publication is delayed, as the partners recorded it.</summary>
    public string Reason { get; }

    /// <summary>The day the Panel was told, or null.</summary>
    public LocalDate? PanelToldOn { get; }

    /// <summary>The day the Secretary of State was told, or null.</summary>
    public LocalDate? SecretaryOfStateToldOn { get; }

    /// <summary>True when the Panel and the Secretary of State were both told of this delay on or before <paramref name="by"/>.</summary>
    public bool IsExplainedBy(LocalDate by) => PanelToldOn is { } panel && panel <= by && SecretaryOfStateToldOn is { } secretary && secretary <= by;
}

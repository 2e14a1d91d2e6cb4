using Lscp.Model;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;

namespace Lscp.Http;

/// <summary>What the Lscp endpoints answer from, and their limits. Set with <c>services.AddLscp(options => ...)</c>.</summary>
public sealed class LscpOptions
{
    /// <summary>The working-day calendar (default: England and Wales, no amendments).</summary>
    public WorkingDayCalendar Calendar { get; set; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>The rulebook (default: the standard one).</summary>
    public Rulebook Rulebook { get; set; } = Rulebook.Standard;

    /// <summary>The partnerships served by id (default: the built-in ones, Lewisham).</summary>
    public IReadOnlyDictionary<string, Partnership> Partnerships { get; set; } = BuiltInPartnerships.All.ToDictionary(p => p.Id);

    /// <summary>The largest request body accepted, in bytes (default 1 MiB); a larger one is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}

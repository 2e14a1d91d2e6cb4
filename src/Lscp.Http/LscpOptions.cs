using Lscp.Adapters;
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
    public IReadOnlyDictionary<string, Partnership> Partnerships { get; set; } = QuerySettings.BuiltIn.Partnerships;

    /// <summary>The largest request body accepted, in bytes (default 1 MiB); a larger one is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The most items any one list in a request may hold (meetings, attendance, incidents, agencies...; default 10,000).</summary>
    public int MaxListItems { get; set; } = 10_000;

    /// <summary>The most serious incidents one request may hold (default 500): each brings six clocks to count and explain.</summary>
    public int MaxIncidents { get; set; } = 500;

    /// <summary>The most yearly reports one request may hold (default 50, one a year for half a century).</summary>
    public int MaxYearlyReports { get; set; } = 50;

    /// <summary>The longest compliance period accepted, in years (default 10); a longer one is refused with 400.</summary>
    public int MaxPeriodYears { get; set; } = QuerySettings.DefaultMaxPeriodYears;

    /// <summary>
    /// API keys accepted in the <c>X-Api-Key</c> header for the <c>/v1</c> routes. Empty (the default): no key is asked for,
    /// as suits local use. <c>/health</c> never asks for one. Each key at least <see cref="FeedToken.MinimumLength"/>
    /// characters, as for feed tokens.
    /// </summary>
    public IReadOnlyCollection<string> ApiKeys { get; set; } = [];

    /// <summary>
    /// Tokens that let a calendar app (Outlook, Google) subscribe to one body's <c>schedule.ics</c> feed when API keys are
    /// on, since it cannot send <c>X-Api-Key</c>: the feed URL carries <c>?token=...</c>. Each token opens that one feed
    /// and nothing else; remove it here to revoke it. A URL token is weaker than a header key (it is kept in the calendar
    /// app, its provider's servers and any log of the URL), so the feed carries only the expected meeting dates. At least
    /// 32 characters each; empty by default.
    /// </summary>
    public IReadOnlyList<FeedToken> FeedTokens { get; set; } = [];

    /// <summary>
    /// Requests to <c>/v1</c> per minute for each API key (when a request carries a valid one) or else each client address;
    /// null (the default) for no limit. Over it: 429, with <c>Retry-After</c> the seconds left in the caller's window.
    /// </summary>
    public int? PermitsPerMinute { get; set; }

    /// <summary>
    /// The reverse proxies (IP addresses, such as <c>10.0.0.5</c>, or networks, such as <c>10.0.0.0/24</c>) whose
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed, so a client behind them is known (and
    /// rate-limited) by its own address. Empty (the default): no forwarded header is believed, from anyone.
    /// </summary>
    public IReadOnlyList<string> TrustedProxies { get; set; } = [];


    /// <summary>
    /// Whether <c>MapLscp</c> serves the analysts' page at <c>/</c> (structure, calendars, deadlines, compliance check, all
    /// through the REST API). On by default; turn it off in a host that has its own front page.
    /// </summary>
    public bool ServePages { get; set; } = true;
}

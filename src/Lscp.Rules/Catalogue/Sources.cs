using NodaTime;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// The sources, words and dates more than one rule cites. A source cited by one rule only is written in that rule's own
/// file. Every quote was read in a stored public copy of the page at its address; docs/rules.md lists them by rule.
/// </summary>
internal static class Sources
{
    /// <summary>The safeguarding partners' duties in force (Children and Social Work Act 2017, commencing s16E).</summary>
    public static readonly LocalDate PartnersInForce = new(2018, 6, 29);

    /// <summary>The last day to publish the first arrangements: 12 months from the duties' start (see DUTY-DOC-01's sources).</summary>
    public static readonly LocalDate ArrangementsPublishedBy = new(2019, 6, 29);

    /// <summary>Working Together to Safeguard Children 2023 published, and so the earliest day one of its duties applies.</summary>
    public static readonly LocalDate Wt2023InForce = new(2023, 12, 15);

    /// <summary>
    /// The day every partnership's arrangements follow Working Together 2023 at the latest: partnerships had until the end
    /// of December 2024 (31 December is the last day in time).
    /// </summary>
    public static readonly LocalDate Wt2023Everywhere = new(2025, 1, 1);

    /// <summary>Child death review arrangements in place (Child Death Review Statutory and Operational Guidance 2018).</summary>
    public static readonly LocalDate CdrInPlace = new(2019, 9, 29);

    /// <summary>Children Act 2004 s16E(3): the three safeguarding partners.</summary>
    public static readonly Quote SafeguardingPartners = new(
        "“safeguarding partner”, in relation to a local authority area in England, means— (a) the local authority; (b) an integrated care board for an area any part of which falls within the local authority area; (c) the chief officer of police for a police area any part of which falls within the local authority area.",
        "Children Act 2004, section 16E(3), revised text (inserted by the Children and Social Work Act 2017, in force 29 June 2018 per the page's note F1; the page's amendment marker F2 before 'an integrated care board' is omitted here, and its item letters a to c are shown as (a) to (c); integrated care boards replaced clinical commissioning groups on 1 July 2022)",
        "https://legislation.gov.uk/ukpga/2004/31/section/16E/data.html");

    /// <summary>Lewisham's own published arrangements quote the guidance on delegation.</summary>
    public static readonly Quote DelegationLewisham = new(
        "The lead representatives may delegate the responsibility and authority for ensuring full participation with these arrangements to a senior officer, but remain accountable for any actions or decisions taken on behalf of their agency.",
        "Lewisham Safeguarding Children Partnership, 'Our Organisational Structure' (the published arrangements; its own sentence, not marked as a quotation, after one naming Working Together (2023))",
        "https://safeguardinglewisham.org.uk/lscp/lscp/our-partnership-arrangements/our-organisational-structure/print");

    /// <summary>A partnership's paraphrase of Working Together 2018 on delegation.</summary>
    public static readonly Quote DelegationIslington = new(
        "Where the accountable person listed in Working Together to Safeguard Children 2018 delegates their function, they remain accountable for the actions and decisions taken on behalf of their organisation.",
        "Islington Safeguarding Children Partnership, 'Safeguarding partners' (on Working Together to Safeguard Children 2018)",
        "https://www.islington.gov.uk/sitecore/content/iscp/iscp/safeguarding-partners");

    /// <summary>Working Together 2023 on Delegated Safeguarding Partners, as a partnership reproduces it.</summary>
    public static readonly Quote DelegatedPartners2023 = new(
        "Each LSP should appoint a delegated safeguarding partner (DSP) for its agency who should be named in the arrangements. The DSPs should be sufficiently senior to be able to speak with authority, take decisions on behalf of the LSP and hold their sectors to account.",
        "Leeds Safeguarding Children Partnership, 'LSCP Executive', reproducing Working Together to Safeguard Children 2023, chapter 2",
        "https://leedsscp.org.uk/the-partnership/annual-report/lscp-executive");

    /// <summary>Working Together 2023 on the Lead Safeguarding Partners' sign-off, as a partnership reproduces it.</summary>
    public static readonly Quote SignOff2023 = new(
        "The joint functions of the lead safeguarding partners are to: … Review and sign off key partnership documents: published multi-agency safeguarding arrangements, including plans for independent scrutiny, shared annual budget, yearly report, and local threshold document.",
        "Leeds Safeguarding Children Partnership, 'LSCP Executive', reproducing Working Together to Safeguard Children 2023, chapter 2",
        "https://leedsscp.org.uk/the-partnership/annual-report/lscp-executive");

    /// <summary>The partnership's own published arrangements: the rule holds the partnership to what it publishes.</summary>
    public static readonly Citation Arrangements = new(
        "The partnership's own published arrangements: the cadence, quorum, chair and membership of each body as the partnership publishes them, each fact with its own source and, where it is not published, its basis (inferred or a default to confirm)",
        Confidence.LocalPractice)
    {
        Quotes = [new(
            "The Executive Partnership will meet bi-monthly … The Partnership group will meet three times a year and be chaired by a member of the Executive in yearly rotation.",
            "Lewisham Safeguarding Children Partnership, 'Our Organisational Structure' (the published arrangements, in the version where the Partnership group meets three times a year; a later version names an LSCP Network Group meeting twice a year), for example",
            "https://safeguardinglewisham.org.uk/lscp/lscp/our-partnership-arrangements/our-organisational-structure/print")],
    };

    /// <summary>Leads may delegate, and stay accountable.</summary>
    public static readonly Citation Delegation = new(
        "Working Together to Safeguard Children 2018, chapter 3, as two partnerships state it in their own words (Lewisham, Islington): the accountable leads may delegate, but remain accountable for the actions and decisions taken on behalf of their agency (the guidance's own paragraph not seen; the 2023 edition's words on accountability under delegation not found in the stored copies)",
        Confidence.Likely)
    {
        Quotes = [DelegationLewisham, DelegationIslington],
    };

    /// <summary>The key documents signed off by the three leads (a Working Together 2023 duty).</summary>
    public static readonly Citation SignOff = new(
        "Working Together to Safeguard Children 2023, chapter 2, as a partnership reproduces it: the Lead Safeguarding Partners review and sign off the published arrangements (with the plans for independent scrutiny), the shared annual budget, the yearly report and the local threshold document (the paragraph number not seen; no such duty found in the 2018 edition)",
        Confidence.Likely)
    {
        Quotes = [SignOff2023],
    };

    /// <summary>The independent scrutineer's part in the yearly report, and a scrutiny report of its own.</summary>
    public static readonly Citation ScrutinyReports = new(
        "No public text found that sets how often the independent scrutiny reports, or that the yearly report must refer to it: the practice of some partnerships, as they publish it (the number a local setting)",
        Confidence.LocalPractice)
    {
        Quotes = [new(
            "The independent scrutineer also scrutinises the partnership's annual report.",
            "Kingston and Richmond Safeguarding Children Partnership, 'Independent scrutiny'",
            "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/about-krscp/independent-scrutiny/")],
    };

    /// <summary>Working Together 2023 on the Lead Safeguarding Partners' oversight of learning, as a partnership reproduces it.</summary>
    public static readonly Quote LearningImplemented2023 = new(
        "Provide shared oversight of learning from independent scrutiny, serious incidents, local child safeguarding practice reviews, and national reviews, ensuring recommendations are implemented and have a demonstrable impact on practice (as set out in the yearly report).",
        "Leeds Safeguarding Children Partnership, 'LSCP Executive', reproducing the joint functions of the lead safeguarding partners in Working Together to Safeguard Children 2023 (the page names no chapter or paragraph; chapter 2 is this library's attribution)",
        "https://leedsscp.org.uk/the-partnership/annual-report/lscp-executive");

    /// <summary>Working Together 2018 on what the yearly report should record of the actions on review recommendations, as a council quotes it.</summary>
    public static readonly Quote ReviewActions2018 = new(
        "a record of decisions and actions taken by the partners in the report’s period (or planned to be taken) to implement the recommendations of any local and national child safeguarding practice reviews, including any resulting improvements.",
        "Buckinghamshire Council, Cabinet record of the decision on the Buckinghamshire Safeguarding Children Partnership Annual Report 2022-23, stating in its own words what Working Together 2018 says the report should include (the third of four items; the page names no chapter or paragraph; chapter 3 is this library's attribution)",
        "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=21205");

    /// <summary>Lewisham's own arrangements on its audit group.</summary>
    public static readonly Quote AuditsLewisham = new(
        "Multi agency audits help to measure the quality, effectiveness and outcomes of safeguarding work across the partnership. Members of this group participate in audit activities including case audits, interviews with children, young people and parents, surveys, consultations and discussions with practitioners …",
        "Lewisham Safeguarding Children Partnership, 'Our Organisational Structure' (the published arrangements), on the Monitoring, Evaluation and Service Improvement group, including Audit",
        "https://safeguardinglewisham.org.uk/lscp/lscp/our-partnership-arrangements/our-organisational-structure/print");

    /// <summary>Review learning, implemented with a demonstrable impact: what the learning rules rest on.</summary>
    public static readonly Citation LearningImplemented = new(
        "Working Together to Safeguard Children 2023, as a partnership reproduces it: the Lead Safeguarding Partners make sure review recommendations are implemented and have a demonstrable impact on practice; and Working Together 2018, as a council states it: the yearly report records the decisions and actions taken to implement review recommendations, with any resulting improvements (neither page names a chapter or paragraph; chapters 2 and 3 are this library's attribution, and neither edition's own words were seen)",
        Confidence.Likely)
    {
        Quotes = [LearningImplemented2023, ReviewActions2018],
    };
}

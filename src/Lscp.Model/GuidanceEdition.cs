namespace Lscp.Model;

/// <summary>The edition of <i>Working Together to Safeguard Children</i> in force, which sets the words used for the roles.</summary>
public enum GuidanceEdition
{
    /// <summary>Working Together 2018: lead representatives and senior officers. In force from 29 June 2018.</summary>
    WorkingTogether2018,

    /// <summary>Working Together 2023: Lead and Delegated Safeguarding Partners. Published and in force from 15 December 2023.</summary>
    WorkingTogether2023,
}

namespace Lscp.Model.Records;

/// <summary>Where an action of a review's or an audit's recommendation stands.</summary>
public enum ActionStatus
{
    /// <summary>Agreed, not started.</summary>
    Open,

    /// <summary>Started, not finished.</summary>
    InProgress,

    /// <summary>Finished: the day its status changed is the day it was done.</summary>
    Done,
}

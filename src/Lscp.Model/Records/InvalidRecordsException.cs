namespace Lscp.Model.Records;

/// <summary>Records do not fit the arrangements they are checked against. <see cref="ValidationFailedException.Errors"/> lists every problem.</summary>
public sealed class InvalidRecordsException : ValidationFailedException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public InvalidRecordsException(IEnumerable<ValidationError> errors)
        : base("The records", errors)
    {
    }
}

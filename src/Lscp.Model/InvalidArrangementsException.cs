namespace Lscp.Model;

/// <summary>A description of a partnership is invalid. <see cref="ValidationFailedException.Errors"/> lists every problem found.</summary>
public sealed class InvalidArrangementsException : ValidationFailedException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public InvalidArrangementsException(IEnumerable<ValidationError> errors)
        : base("The partnership description", errors)
    {
    }
}

using System.Collections.Immutable;

namespace Lscp.Model;

/// <summary>A description of a partnership is invalid. <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class InvalidArrangementsException : ArgumentException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public InvalidArrangementsException(IEnumerable<ValidationError> errors)
        : this([.. errors])
    {
    }

    private InvalidArrangementsException(ImmutableArray<ValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ValidationError> Errors { get; }

    private static string Describe(ImmutableArray<ValidationError> errors)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("An invalid-arrangements exception needs at least one error.", nameof(errors));
        }

        return $"The partnership description has {errors.Length} problem(s):{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}

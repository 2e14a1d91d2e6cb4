using System.Collections.Immutable;

namespace Lscp.Model;

/// <summary>Input failed validation. <see cref="Errors"/> lists every problem found, not just the first, each with its path.</summary>
public abstract class ValidationFailedException : ArgumentException
{
    /// <summary>Creates the exception; <paramref name="subject"/> names what was invalid, such as "The partnership description".</summary>
    protected ValidationFailedException(string subject, IEnumerable<ValidationError> errors)
        : this(subject, errors?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private ValidationFailedException(string subject, ImmutableArray<ValidationError> errors)
        : base(Describe(subject, errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ValidationError> Errors { get; }

    private static string Describe(string subject, ImmutableArray<ValidationError> errors)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A validation exception needs at least one error.", nameof(errors));
        }

        return $"{subject}: {errors.Length} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}

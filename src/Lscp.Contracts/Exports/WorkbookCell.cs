using System.Globalization;
using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>
/// One cell of a <see cref="WorkbookSheet"/> row: on the wire a JSON string (text) or number, read straight from the
/// reader (no document per cell). Any other JSON value is kept as <see cref="IsValid"/> false, for the service to
/// name at its path, rather than refused by the reader.
/// </summary>
[JsonConverter(typeof(WorkbookCellConverter))]
public readonly record struct WorkbookCell
{
    private WorkbookCell(string? text, double? number, bool valid) => (Text, Number, IsValid) = (text, number, valid);

    /// <summary>The cell's text, for a string cell.</summary>
    public string? Text { get; }

    /// <summary>The cell's number, for a number cell.</summary>
    public double? Number { get; }

    /// <summary>False for a JSON value that is neither a string nor a finite number.</summary>
    public bool IsValid { get; }

    /// <summary>A text cell (never read as a formula).</summary>
    public static WorkbookCell Of(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, true);

    /// <summary>A number cell.</summary>
    public static WorkbookCell Of(double number) => new(null, number, double.IsFinite(number));

    /// <summary>A value that is neither (what the reader keeps for <c>true</c>, an object, a list...).</summary>
    public static WorkbookCell Invalid { get; } = new(null, null, false);

    /// <inheritdoc/>
    public override string ToString() => Text ?? Number?.ToString(CultureInfo.InvariantCulture) ?? "(not a string or a number)";
}

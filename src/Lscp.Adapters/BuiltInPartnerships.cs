using System.Collections.Immutable;

using Lscp.Model;

namespace Lscp.Adapters;

/// <summary>
/// The partnerships shipped inside this package, each read from its JSON document through <see cref="PartnershipJson"/>,
/// the same reader a user calls for their own partnership.
/// </summary>
public static class BuiltInPartnerships
{
    private static readonly Lazy<Partnership> LewishamData = new(() => Load("lewisham.json"));

    /// <summary>
    /// The Lewisham Safeguarding Children Partnership, from 29 June 2019 (when it replaced the Lewisham Safeguarding
    /// Children Board): the 2020-21 structure, the move from the Concern Hub to MACE in January 2022, and the current
    /// structure from 1 July 2022, when the integrated care board replaced the CCG.
    /// </summary>
    public static Partnership Lewisham => LewishamData.Value;

    /// <summary>The ids of the built-in partnerships.</summary>
    public static ImmutableArray<string> Ids { get; } = ["lewisham"];

    /// <summary>Every built-in partnership.</summary>
    public static IEnumerable<Partnership> All => [Lewisham];

    /// <summary>The built-in partnership with id <paramref name="id"/>, or null.</summary>
    public static Partnership? Find(string id) => id == "lewisham" ? Lewisham : null;

    /// <summary>The raw JSON document of the built-in partnership <paramref name="fileName"/>, such as <c>lewisham.json</c>.</summary>
    public static string Document(string fileName)
    {
        using var stream = typeof(BuiltInPartnerships).Assembly.GetManifestResourceStream($"Lscp.Adapters.Data.{fileName}")
            ?? throw new ArgumentException($"There is no built-in document '{fileName}'.", nameof(fileName));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Partnership Load(string fileName) => PartnershipJson.Read(Document(fileName));
}

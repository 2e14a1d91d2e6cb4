using EnumNames = Lscp.Contracts.EnumNames;
using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Adapters;
using Lscp.Rules.Catalogue;
using Lscp.Tests.Support;
using NodaTime;

namespace Lscp.Tests.Model;

/// <summary>One reader of document fields, with one wording per kind of problem, used by every reader.</summary>
public sealed class DocumentReaderTests
{
    [Fact]
    public void Each_field_kind_is_read_or_refused_at_its_path_without_throwing()
    {
        var read = new DocumentReader();
        Assert.Equal("lewisham", read.Id(" lewisham ", "$.id"));
        Assert.Null(read.Id("Lewisham!", "$.bad"));
        Assert.Equal(new LocalDate(2024, 4, 1), read.Date("2024-04-01", "$.date", required: true));
        Assert.Null(read.Date("2024-02-30", "$.when", required: true));
        Assert.Equal(AgencyKind.Police, read.Enum<AgencyKind>("police", "$.kind"));
        Assert.Null(read.Enum<AgencyKind>("Police", "$.kind2"));
        Assert.Equal(new EffectivePeriod(new LocalDate(2024, 4, 1)), read.Period("2024-04-01", null, "$.during"));
        Assert.Null(read.Period("2024-04-01", "2024-03-31", "$.late"));
        Assert.Null(read.Interval(new LocalDate(2025, 1, 2), new LocalDate(2025, 1, 1), "$.period.end"));
        Assert.Null(read.Text("  ", "$.name"));

        Assert.Equal(["$.bad", "$.when", "$.kind2", "$.late.to", "$.period.end", "$.name"], read.Errors.Select(e => e.Path));
        Assert.Equal("2024-03-31 is before the start, 2024-04-01.", read.Errors[3].Message);
        Assert.Equal(EffectivePeriod.EndBeforeStart(new LocalDate(2025, 1, 2), new LocalDate(2025, 1, 1)), read.Errors[4].Message);
        Assert.StartsWith("'Police' is not one of localAuthority,", read.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rulebook_reader_words_its_problems_as_the_document_readers_do()
    {
        var document = new RulebookDocument
        {
            Settings = [new() { Rule = " ", Name = "toleranceDays", Value = "7", From = "2024-04-01", To = "2024-03-01", Reason = "r" }],
        };
        Assert.False(RulebookJson.TryApply(Rulebook.Standard, document, "$.rulebook", out _, out var errors));

        var reference = new DocumentReader();
        reference.Text(" ", "$.rulebook.settings[0].rule");
        reference.Period("2024-04-01", "2024-03-01", "$.rulebook.settings[0]");
        Assert.Equal(reference.Errors.OrderBy(e => e.Path, StringComparer.Ordinal), errors.OrderBy(e => e.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Enum_names_are_camelCase_both_ways_and_refuse_other_spellings()
    {
        Assert.Equal("localAuthority", EnumNames.NameOf(AgencyKind.LocalAuthority));
        Assert.True(EnumNames.TryParse<AgencyKind>("localAuthority", out var kind) && kind == AgencyKind.LocalAuthority);
        Assert.False(EnumNames.TryParse<AgencyKind>("LocalAuthority", out _));
        Assert.False(EnumNames.TryParse<AgencyKind>(null, out _));
        Assert.Equal(Enum.GetValues<AgencyKind>().Length, EnumNames.All<AgencyKind>().Count);
    }

    [Fact]
    public void One_date_parser_in_the_shipped_code()
    {
        var parsers = Directory.GetFiles(Repository.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("LocalDatePattern.Iso.Parse", StringComparison.Ordinal))
            .Select(Path.GetFileName);
        Assert.Equal(["IsoDate.cs"], parsers);
    }
}

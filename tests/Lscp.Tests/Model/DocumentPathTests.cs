using Lscp.Adapters;

namespace Lscp.Tests.Model;

/// <summary>A document path is kept as its parts and written out only when an error names it; written, it is the JSONPath text.</summary>
public sealed class DocumentPathTests
{
    [Theory]
    [InlineData("$.records.meetings[3].date")]
    [InlineData("$.records.meetings[3].attendance[0].agency")]
    [InlineData("$.a.b.c")]
    [InlineData("$.m[1][2]")]
    public void A_path_built_step_by_step_writes_the_text_of_its_steps(string expected)
    {
        var path = expected switch
        {
            "$.records.meetings[3].date" => new DocumentPath("$.records.meetings").Item(3).Field("date"),
            "$.records.meetings[3].attendance[0].agency" => new DocumentPath("$.records").Field("meetings").Item(3).Field("attendance").Item(0).Field("agency"),
            "$.a.b.c" => ((DocumentPath)"$").Field("a").Field("b").Field("c"),
            _ => ((DocumentPath)"$.m").Item(1).Item(2),
        };
        Assert.Equal(expected, path.ToString());
    }

    [Fact]
    public void The_default_path_is_the_root() => Assert.Equal("$", default(DocumentPath).ToString());
}

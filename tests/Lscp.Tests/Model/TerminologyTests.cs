using Lscp.Model;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Model;

public sealed class TerminologyTests
{
    [Fact]
    public void Working_Together_2018_words_apply_until_14_December_2023()
    {
        var terms = Terminology.On(D("2023-12-14"));
        Assert.Equal(GuidanceEdition.WorkingTogether2018, terms.Edition);
        Assert.Equal("lead representative", terms.LeadTitle);
        Assert.Equal("senior officer", terms.DelegateTitle);
    }

    [Fact]
    public void Working_Together_2023_words_apply_from_15_December_2023()
    {
        var terms = Terminology.On(D("2023-12-15"));
        Assert.Equal(GuidanceEdition.WorkingTogether2023, terms.Edition);
        Assert.Equal("Lead Safeguarding Partner", terms.LeadTitle);
        Assert.Equal("Delegated Safeguarding Partner", terms.DelegateTitle);
    }

    [Fact]
    public void Before_safeguarding_partners_existed_there_are_no_words() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Terminology.On(D("2018-06-28")));
}

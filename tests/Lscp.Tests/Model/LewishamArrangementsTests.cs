using Lscp.Adapters;
using Lscp.Model;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Model;

/// <summary>The built-in Lewisham data, on either side of every change date.</summary>
public sealed class LewishamArrangementsTests
{
    private static readonly Partnership Lewisham = BuiltInPartnerships.Lewisham;

    [Fact]
    public void Nothing_is_in_force_before_the_LSCP_replaced_the_board()
    {
        var error = Assert.Throws<NoArrangementsInForceException>(() => Lewisham.ArrangementsOn(D("2019-06-28")));
        Assert.Contains("2019-06-29", error.Message);
        Assert.Equal(D("2019-06-29"), error.FirstEffective);
    }

    [Theory]
    [InlineData("2019-06-29", "2019-06-29")]
    [InlineData("2021-12-31", "2019-06-29")]
    [InlineData("2022-01-01", "2022-01-01")]
    [InlineData("2022-06-30", "2022-01-01")]
    [InlineData("2022-07-01", "2022-07-01")]
    [InlineData("2026-11-22", "2022-07-01")]
    public void Each_date_gets_the_version_in_force(string date, string versionEffective) =>
        Assert.Equal(D(versionEffective), Lewisham.ArrangementsOn(D(date)).EffectiveFrom);

    [Fact]
    public void The_Concern_Hub_runs_to_December_2021_and_MACE_from_January_2022()
    {
        Assert.Contains(Lewisham.ArrangementsOn(D("2021-12-31")).BodiesOn(D("2021-12-31")), b => b.Id == "concern-hub");
        Assert.DoesNotContain(Lewisham.ArrangementsOn(D("2021-12-31")).BodiesOn(D("2021-12-31")), b => b.Id == "mace");
        var january = Lewisham.ArrangementsOn(D("2022-01-01")).BodiesOn(D("2022-01-01")).Select(b => b.Id).ToList();
        Assert.Contains("mace", january);
        Assert.DoesNotContain("concern-hub", january);
    }

    [Fact]
    public void The_health_partner_is_the_CCG_to_June_2022_and_the_ICB_from_July()
    {
        var june = Lewisham.ArrangementsOn(D("2022-06-30")).StatutoryPartners.Single(a => a.Kind == AgencyKind.IntegratedCareBoard);
        var july = Lewisham.ArrangementsOn(D("2022-07-01")).StatutoryPartners.Single(a => a.Kind == AgencyKind.IntegratedCareBoard);
        Assert.Equal("nhs-lewisham-ccg", june.Id);
        Assert.Equal("nhs-sel-icb", july.Id);
        Assert.Equal("clinical commissioning group (CCG)", Terminology.On(D("2022-06-30")).HealthPartnerTitle);
        Assert.Equal("integrated care board (ICB)", Terminology.On(D("2022-07-01")).HealthPartnerTitle);
    }

    [Fact]
    public void The_2020_21_officers_are_named_for_2020_21()
    {
        var arrangements = Lewisham.ArrangementsOn(D("2020-10-01"));
        Assert.Equal("Martin Wilkinson", arrangements.HoldersOn("ccg-managing-director", D("2020-10-01")).Single().Person);
        Assert.Equal("Pauline Maddison", arrangements.HoldersOn("lb-lewisham-ed-cyp", D("2020-10-01")).Single().Person);
        Assert.Equal("Jim Foley", arrangements.HoldersOn("met-det-supt-se-bcu", D("2020-10-01")).Single().Person);
        Assert.Empty(arrangements.HoldersOn("ccg-managing-director", D("2021-04-01")));
    }

    [Fact]
    public void The_current_delegated_partners_are_named_in_the_current_version()
    {
        var arrangements = Lewisham.ArrangementsOn(D("2024-06-01"));
        var named = arrangements.Delegations
            .SelectMany(d => arrangements.HoldersOn(d.DelegatePostId, D("2024-06-01")))
            .Select(h => h.Person)
            .Order();
        Assert.Equal(["Ceri Jacob", "Pinaki Ghoshal", "Simon Dilkes"], named);
    }

    [Fact]
    public void Every_version_has_one_lead_and_a_delegation_for_each_of_three_partners()
    {
        foreach (var version in Lewisham.Versions)
        {
            Assert.Equal(3, version.StatutoryPartners.Count());
            Assert.Equal(version.StatutoryPartners.Select(p => p.Id).Order(), version.Leads.Select(l => l.PartnerAgencyId).Order());
            Assert.Equal(version.StatutoryPartners.Select(p => p.Id).Order(), version.Delegations.Select(d => d.PartnerAgencyId).Distinct().Order());
        }
    }

    [Fact]
    public void The_2020_21_chair_is_the_CCG_and_the_rotation_follows_the_financial_year()
    {
        var rotation = Assert.IsType<RotatingChair>(Lewisham.ArrangementsOn(D("2020-06-01")).Body("executive").Chair);
        Assert.Equal("nhs-lewisham-ccg", rotation.AgencyOn(D("2020-04-01")));
        Assert.Equal("nhs-lewisham-ccg", rotation.AgencyOn(D("2021-03-31")));
        Assert.NotEqual("nhs-lewisham-ccg", rotation.AgencyOn(D("2021-04-01")));
        Assert.Equal(2020, rotation.RotationYearOf(D("2021-03-31")));
    }

    [Fact]
    public void Version_periods_end_the_day_before_the_next_version()
    {
        Assert.Equal(new EffectivePeriod(D("2019-06-29"), D("2021-12-31")), Lewisham.PeriodOf(Lewisham.Versions[0]));
        Assert.Equal(new EffectivePeriod(D("2022-01-01"), D("2022-06-30")), Lewisham.PeriodOf(Lewisham.Versions[1]));
        Assert.True(Lewisham.PeriodOf(Lewisham.Versions[2]).IsOpenEnded);
    }

    [Fact]
    public void Looking_up_an_unknown_body_names_it() =>
        Assert.Contains("'board'", Assert.Throws<KeyNotFoundException>(() => Lewisham.Versions[0].Body("board")).Message);
}

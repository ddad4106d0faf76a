using Faultline.Places;
using Faultline.Text;

namespace Faultline.Tests;

/// <summary>The founding report through the whole path, via the real CLI (issue #2, bar 1).</summary>
public class FoundingReportTests
{
    private static readonly Lazy<List<Dictionary<string, string>>> Rows = new(() =>
    {
        var r = CliRunner.Run("extract", Path.Combine(CliRunner.Shared, "examples", "basra-militia-clash.txt"), "--published", "2022-09-02", "--format", "acled-csv");
        Assert.True(r.ExitCode == 0, r.Stderr);
        return CliRunner.ParseCsv(r.Stdout);
    });

    [Fact]
    public void Acled_csv_has_the_contract_columns_in_order()
    {
        var r = CliRunner.Run("extract", Path.Combine(CliRunner.Shared, "examples", "basra-militia-clash.txt"), "--published", "2022-09-02", "--format", "acled-csv");
        Assert.StartsWith("doc_id,event_index,primary,background,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,country,iso3,admin1,admin2,admin3,location,latitude,longitude,geo_precision,fatalities,fatalities_low,fatalities_high,source,notes,confidence\n", r.Stdout);
    }

    [Fact]
    public void Exactly_one_primary_row_codes_the_Basra_clash()
    {
        var primary = Assert.Single(Rows.Value, r => r["primary"] == "1");
        Assert.Equal("2022-09-01", primary["event_date"]);
        Assert.Equal("Battles", primary["event_type"]);
        Assert.Equal("Armed clash", primary["sub_event_type"]);
        var actors = new[] { primary["actor1"], primary["actor2"] }.Order().ToArray();
        Assert.Equal(new[] { "Asa'ib Ahl al-Haq", "Saraya al-Salam" }, actors);
        Assert.Equal("Iraq", primary["country"]);
        Assert.Equal(NameKey.Skeleton("Basra"), NameKey.Skeleton(primary["admin1"]));
        double km = Geo.DistanceKm(30.51, 47.78, double.Parse(primary["latitude"], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(primary["longitude"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(km < 15, $"primary event is {km:F0} km from Basra city");
        Assert.Equal("5", primary["fatalities"]);
        Assert.Equal("33", primary["interaction"]);
    }

    [Fact]
    public void Green_Zone_storming_and_resignation_are_background_and_dated_in_August()
    {
        var background = Rows.Value.Where(r => r["background"] == "1").ToList();
        Assert.Contains(background, r => r["event_type"] == "Battles" && r["fatalities"] == "30" && r["admin1"] == "Baghdad" && r["event_date"] == "2022-08-30");
        Assert.Contains(background, r => r["event_type"] == "Strategic developments" && r["event_date"] is "2022-08-29" or "2022-08-30");
        Assert.DoesNotContain(background, r => r["primary"] == "1");
    }

    [Fact]
    public void Offices_burned_and_offices_closed_are_secondary_strategic_developments()
    {
        var secondary = Rows.Value.Where(r => r["primary"] == "0" && r["background"] == "0").ToList();
        Assert.Contains(secondary, r => r["sub_event_type"] == "Looting/property destruction" && r["actor1"] == "Saraya al-Salam" && r["location"] == "Baghdad");
        Assert.Contains(secondary, r => r["sub_event_type"] == "Change to group/activity" && r["actor1"] == "Asa'ib Ahl al-Haq" && r["country"] == "Iraq");
    }

    [Fact]
    public void Json_output_flags_the_weekday_conflict_and_keeps_evidence()
    {
        var r = CliRunner.Run("extract", Path.Combine(CliRunner.Shared, "examples", "basra-militia-clash.txt"), "--published", "2022-09-02", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var events = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("date_conflict").ValueKind == System.Text.Json.JsonValueKind.String
                                     && e.GetProperty("date_conflict").GetString()!.Contains("2022-08-29"));
        var primary = events.Single(e => e.GetProperty("primary").GetInt32() == 1);
        Assert.Contains(primary.GetProperty("evidence").EnumerateArray(), v => v.GetProperty("field").GetString() == "fatalities");
    }
}

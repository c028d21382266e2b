using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Tests.Runs;

public sealed class CapturedValueTests
{
    [Theory]
    [InlineData("1.234,56", "de", "1234.56")]
    [InlineData("1,234.56", "de", "1234.56")]
    [InlineData("1,234.56", "en", "1234.56")]
    [InlineData("1.234,56", "en", "1234.56")]
    [InlineData("12,5", "de", "12.5")]
    [InlineData("12.5", "de", "12.5")]
    [InlineData("12,5", "en", "12.5")]
    [InlineData("1.234", "de", "1234")]
    [InlineData("1.234", "en", "1.234")]
    [InlineData("1,234", "en", "1234")]
    [InlineData("1,234", "de", "1.234")]
    [InlineData("1.000.000", "de", "1000000")]
    [InlineData("1 250 000", "de", "1250000")]
    [InlineData("-3", "de", "-3")]
    [InlineData("250", "en", "250")]
    public void ParseNumber_GermanAndEnglishFormats_Read(string text, string language, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), CapturedValue.ParseNumber(text, CultureInfo.GetCultureInfo(language)));

    [Theory]
    [InlineData("zwölf")]
    [InlineData("1.2.3,4,5")]
    [InlineData("1,23,456")]
    [InlineData("12a")]
    [InlineData("")]
    public void ParseNumber_NotANumber_Null(string text) => Assert.Null(CapturedValue.ParseNumber(text, CultureInfo.GetCultureInfo("de")));

    [Theory]
    [InlineData(FieldType.Date, "28.11.2026", "2026-11-28")]
    [InlineData(FieldType.Date, "2026-11-28", "2026-11-28")]
    [InlineData(FieldType.YesNo, "Ja", "yes")]
    [InlineData(FieldType.YesNo, "no", "no")]
    [InlineData(FieldType.Choice, "1", "Verlagerung")]
    [InlineData(FieldType.Choice, "erweiterung", "Erweiterung")]
    [InlineData(FieldType.Link, "https://crm.example/a?b=1", "https://crm.example/a?b=1")]
    [InlineData(FieldType.Person, " Clara Weber ", "Clara Weber")]
    public void Read_ValidInput_Canonical(FieldType type, string raw, string expected)
    {
        var (value, error) = CapturedValue.Read(Field(type), raw, CultureInfo.GetCultureInfo("de"));

        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(FieldType.Date, "31.02.2026", "FieldNotADate")]
    [InlineData(FieldType.YesNo, "vielleicht", "FieldNotYesNo")]
    [InlineData(FieldType.Choice, "7", "FieldNotAnOption")]
    [InlineData(FieldType.Link, "javascript:alert(1)", "FieldNotALink")]
    [InlineData(FieldType.Link, "crm.example", "FieldNotALink")]
    [InlineData(FieldType.Number, "viele", "FieldNotANumber")]
    [InlineData(FieldType.Text, "a\u0007b", "FieldControlCharacters")]
    public void Read_WrongInput_ErrorKey(FieldType type, string raw, string key) =>
        Assert.Equal(key, CapturedValue.Read(Field(type), raw, CultureInfo.GetCultureInfo("de")).ErrorKey);

    [Fact]
    public void Read_TextOverLimit_TooLong() =>
        Assert.Equal("FieldTooLong", CapturedValue.Read(Field(FieldType.Text), new string('x', CapturedValue.MaxTextChars + 1), CultureInfo.InvariantCulture).ErrorKey);

    [Fact]
    public void Display_NumberAndDate_InUsersLanguage()
    {
        Assert.Equal("1.250,5", CapturedValue.Display(Field(FieldType.Number), "1250.5", CultureInfo.GetCultureInfo("de")));
        Assert.Equal("1,250.5", CapturedValue.Display(Field(FieldType.Number), "1250.5", CultureInfo.GetCultureInfo("en")));
        Assert.Equal("28.11.2026", CapturedValue.Display(Field(FieldType.Date), "2026-11-28", CultureInfo.GetCultureInfo("de")));
    }

    private static CaptureField Field(FieldType type) => new()
    {
        Id = "feld",
        Label = "Feld",
        Type = type,
        Options = type == FieldType.Choice ? ["Neugründung", "Verlagerung", "Erweiterung"] : [],
    };
}

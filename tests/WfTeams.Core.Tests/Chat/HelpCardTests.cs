using System.Globalization;
using WfTeams.Core.Chat;

namespace WfTeams.Core.Tests.Chat;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData("de", "neuen Prozess erfassen", "erinnerungen aus")]
    [InlineData("en", "capture a new process", "reminders off")]
    public void Help_AskedFor_NamesCaptureAndReminders(string language, string capture, string reminders)
    {
        var card = HelpCard.Build(CultureInfo.GetCultureInfo(language)).ToJsonString();

        Assert.Contains(capture, card, StringComparison.Ordinal);
        Assert.Contains(reminders, card, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ForUnknownText_OnlySuggestsTheNearCommands()
    {
        var card = HelpCard.Build(CultureInfo.GetCultureInfo("de"), "prozese").ToJsonString();

        Assert.DoesNotContain("erinnerungen aus", card, StringComparison.Ordinal);
    }
}

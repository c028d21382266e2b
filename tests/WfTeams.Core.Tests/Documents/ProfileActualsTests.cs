using System.Xml.Linq;
using WfTeams.Core.Documents;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Documents.ProfileEditing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>The Prozesssteckbrief's "Ist" column: with figures beside the targets, without figures absent, and read back as no edit.</summary>
public sealed class ProfileActualsTests
{
    private static readonly ProcessTemplate Template = InsightFixture.Template();

    private static async Task<byte[]> ProfileAsync(string language = "de") =>
        ProfileDocument.Create(Template, ProfileDocumentTests.Options(language, styled: false), await QualityReportDocumentTests.FiguresAsync("12m"));

    [Theory]
    [InlineData("de", "Ist (12 Monate, Stand 10.03.2026)", "Neue Arbeitsplätze|mind. 120 pro Jahr||70 (verfehlt)", "Zufriedenheit|mind. 80 % zufrieden|jährliche Umfrage|nicht automatisch gemessen")]
    [InlineData("en", "Actual (12 months, as of 10 March 2026)", "Ansiedlungen|mind. 2 pro Jahr||2 (reached)", "Arbeitsplätze je Ansiedlung|höchstens 22||23.33 (just missed)")]
    public async Task Create_WithFigures_IstColumnBesideTheTargets(string language, string heading, string row1, string row2)
    {
        var docx = await ProfileAsync(language);

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        var rows = QualityReportDocumentTests.Rows(docx);
        Assert.Contains(rows, r => r.EndsWith("|" + heading, StringComparison.Ordinal));
        Assert.Contains(row1, rows);
        Assert.Contains(row2, rows);
    }

    [Fact]
    public void Create_WithoutFigures_NoIstColumn()
    {
        var docx = ProfileDocument.Create(Template, ProfileDocumentTests.Options("de", styled: false));

        var rows = QualityReportDocumentTests.Rows(docx);
        Assert.Contains("Kennzahl|Zielwert|Messung", rows);
        Assert.DoesNotContain(rows, r => r.Contains("Ist (12 Monate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_ProfileWithFiguresUnedited_NoChangesNoNotices()
    {
        var reading = ProfileReader.Read(ProfileUpload.Open(await ProfileAsync()), Template, German);

        Assert.True(reading.Changes.Count == 0, string.Join("\n", reading.Changes));
        Assert.True(reading.Notices.Count == 0, string.Join("\n", reading.Notices));
    }

    [Fact]
    public async Task Read_ProfileWithFiguresTextTypedOutside_OnlyThatReportedTheFiguresAreNoEdit()
    {
        var docx = Edit(await ProfileAsync(), xml =>
        {
            Control(xml, "trigger").Ancestors(W + "p").First().AddAfterSelf(new XElement(W + "p", Run("Ein ganz neuer Absatz")));
            // Someone overtypes a figure despite the lock.
            var figure = xml.Descendants(W + "sdt").First(s => s.Descendants(W + "tag").Any(t => (string?)t.Attribute(W + "val") == WordWriterFigures));
            figure.Descendants(W + "t").First().Value = "999";
        });

        var reading = ProfileReader.Read(ProfileUpload.Open(docx), Template, German);

        Assert.Empty(reading.Changes);
        Assert.Contains("Ein ganz neuer Absatz", Assert.Single(reading.Notices).Message, StringComparison.Ordinal);
    }

    private const string WordWriterFigures = "wf-figures";
}

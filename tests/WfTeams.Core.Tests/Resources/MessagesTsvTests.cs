using System.Globalization;
using WfTeams.Core.Resources;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Resources;

/// <summary>messages.tsv is the source; the generated .resx must say exactly what it says.</summary>
public sealed class MessagesTsvTests
{
    [Fact]
    public void EveryMessage_ReadsInGermanAndEnglishExactlyAsInTheTsv()
    {
        var rows = File.ReadAllLines(Path.Combine(Azurite.RepositoryRoot(), "core", "WfTeams.Core", "Resources", "messages.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();

        Assert.NotEmpty(rows);

        // A text that starts with a quotation mark ("next" and "end" …) once lost it to the csv reader.
        Assert.All(rows, row =>
        {
            Assert.Equal(3, row.Length);
            Assert.Equal(row[1], Messages.Format(row[0], CultureInfo.GetCultureInfo("de")));
            Assert.Equal(row[2], Messages.Format(row[0], CultureInfo.GetCultureInfo("en")));
        });
    }
}

using WfTeams.Core.Chat;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Tests.Chat;

public sealed class NameMatchTests
{
    private static readonly NameMatch.Candidate[] Templates =
    [
        new("ansiedlung", "Ansiedlung"),
        new("bestandskundenbetreuung", "Bestandskundenbetreuung"),
        new("fachkraefte-anfrage", "Anfrage Fachkräftesicherung"),
        new("foerdermittel", "Fördermittelberatung"),
        new("foerderlotse", "Förderlotse für Gründungen"),
    ];

    [Theory]
    [InlineData("Ansiedlung", "ansiedlung")]
    [InlineData("ansiedlung", "ansiedlung")]
    [InlineData("ANSIEDLUNG", "ansiedlung")]
    [InlineData("ansied", "ansiedlung")]
    [InlineData("ansidlung", "ansiedlung")]
    [InlineData("bestandskunden", "bestandskundenbetreuung")]
    [InlineData("Bestandskundenbetruung", "bestandskundenbetreuung")]
    [InlineData("fachkraefte", "fachkraefte-anfrage")]
    [InlineData("Fachkräftesicherung", "fachkraefte-anfrage")]
    [InlineData("foerdermittelberatung", "foerdermittel")]
    public void Find_TolerantName_Single(string query, string id) => Assert.Equal(id, NameMatch.Find(query, Templates).Single?.Id);

    [Fact]
    public void Find_SharedPrefix_Ambiguous()
    {
        var result = NameMatch.Find("förder", Templates);

        Assert.True(result.IsAmbiguous);
        Assert.Equal(["foerderlotse", "foerdermittel"], result.Matches.Select(m => m.Id).Order());
    }

    [Fact]
    public void Find_Unrelated_None() => Assert.Empty(NameMatch.Find("Urlaubsantrag", Templates).Matches);
}

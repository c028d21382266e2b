using WfTeams.Core.Publishing;

namespace WfTeams.Core.Tests.Publishing;

public sealed class SharePointFileNameTests
{
    [Theory]
    [InlineData("Ansiedlung", "Ansiedlung")]
    [InlineData("Bestandskundenbetreuung für Unternehmen", "Bestandskundenbetreuung für Unternehmen")]
    [InlineData("Förderung: Prüfung \"A\" * <B> ? C/D \\ E | F", "Förderung_ Prüfung _A_ _ _B_ _ C_D _ E _ F")]
    [InlineData("  ..Anfrage..  ", "Anfrage")]
    [InlineData("Anfrage\t\nneu", "Anfrage neu")]
    [InlineData("CON", "CON_")]
    [InlineData("con.txt", "con.txt_")]
    [InlineData(".lock", "lock")]
    [InlineData("LPT1", "LPT1_")]
    [InlineData("~$Entwurf", "_Entwurf")]
    [InlineData("Seite _vti_ alt", "Seite _vti- alt")]
    [InlineData("50 % # Rabatt", "50 _ _ Rabatt")]
    [InlineData("...", "fallback-id")]
    public void For_AnyName_GivesWhatSharePointAccepts(string name, string expected) =>
        Assert.Equal(expected, SharePointFileName.For(name, "fallback-id"));

    [Fact]
    public void For_DecomposedUmlauts_GiveTheSameNameAsComposed() =>
        Assert.Equal(SharePointFileName.For("Gr\u00fcndungsberatung", "x"), SharePointFileName.For("Gru\u0308ndungsberatung", "x"));

    [Fact]
    public void For_LongName_IsCutWithoutTrailingDotOrSpace()
    {
        var name = SharePointFileName.For(new string('a', 119) + " Ende", "x");

        Assert.Equal(new string('a', 119), name);
        Assert.True(name.Length <= SharePointFileName.MaxLength);
    }
}

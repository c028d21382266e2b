using WfTeams.Core.Chat;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Tests.Chat;

public sealed class ChatCommandTests
{
    [Theory]
    [InlineData("starte Ansiedlung für Muster GmbH", "Ansiedlung", "Muster GmbH")]
    [InlineData("Starte  Ansiedlung fuer Muster GmbH & Co. KG", "Ansiedlung", "Muster GmbH & Co. KG")]
    [InlineData("start settlement for Example Ltd", "settlement", "Example Ltd")]
    [InlineData("<at>WfTeams</at> starte Bestandskundenbetreuung", "Bestandskundenbetreuung", null)]
    [InlineData("starte Anfrage Fachkräfte für Bäckerei Müller", "Anfrage Fachkräfte", "Bäckerei Müller")]
    [InlineData("starte Ansiedlung für", "Ansiedlung", null)]
    [InlineData("start settlement for ", "settlement", null)]
    public void Parse_Start_ProcessAndSubject(string text, string process, string? subject)
    {
        var command = ChatCommand.Parse(text);

        Assert.Equal(ChatCommandKind.Start, command.Kind);
        Assert.Equal(process, command.Argument);
        Assert.Equal(subject, command.Subject);
    }

    [Theory]
    [InlineData("veröffentliche Ansiedlung", "Ansiedlung")]
    [InlineData("publish ansiedlung", "ansiedlung")]
    [InlineData("<at>WfTeams</at> Veröffentliche  Anfrage Fachkräfte.", "Anfrage Fachkräfte")]
    [InlineData("veroeffentliche Bestandskundenbetreuung", "Bestandskundenbetreuung")]
    public void Parse_Publish_Process(string text, string process)
    {
        var command = ChatCommand.Parse(text);

        Assert.Equal(ChatCommandKind.Publish, command.Kind);
        Assert.Equal(process, command.Argument);
    }

    [Theory]
    [InlineData("veröffentliche")]
    [InlineData("publish")]
    public void Parse_PublishWithoutProcess_UnknownSuggestsPublish(string text)
    {
        var command = ChatCommand.Parse(text);

        Assert.Equal(ChatCommandKind.Unknown, command.Kind);
        Assert.Contains(ChatCommandKind.Publish, ChatCommand.Suggest(command.Argument));
    }

    [Theory]
    [InlineData("prozesse", ChatCommandKind.Processes)]
    [InlineData("Processes", ChatCommandKind.Processes)]
    [InlineData("status", ChatCommandKind.Status)]
    [InlineData("Meine Vorgänge", ChatCommandKind.MyCases)]
    [InlineData("my cases", ChatCommandKind.MyCases)]
    [InlineData("hilfe", ChatCommandKind.Help)]
    [InlineData("help!", ChatCommandKind.Help)]
    [InlineData("abbrechen", ChatCommandKind.Cancel)]
    [InlineData("was ist los", ChatCommandKind.Unknown)]
    [InlineData("", ChatCommandKind.Unknown)]
    public void Parse_Commands_Kind(string text, ChatCommandKind kind) => Assert.Equal(kind, ChatCommand.Parse(text).Kind);

    [Fact]
    public void Parse_CancelWithReason_KeepsReason()
    {
        var command = ChatCommand.Parse("cancel company chose another region");

        Assert.Equal(ChatCommandKind.Cancel, command.Kind);
        Assert.Equal("company chose another region", command.Argument);
    }

    [Fact]
    public void Suggest_Typo_NearestCommand() => Assert.Equal([ChatCommandKind.Processes], ChatCommand.Suggest("prozese"));

    [Fact]
    public void Suggest_Nonsense_TheMainCommands() => Assert.Contains(ChatCommandKind.Start, ChatCommand.Suggest("xyzzy"));
}

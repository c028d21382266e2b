using System.Text.Json.Nodes;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Chat;

public sealed class CardActionTests
{
    private static readonly ChatContext Context = new("t1", CaseFactory.Anna, "f:1", "a:1", false, "de-DE");

    [Fact]
    public void Parse_CompleteWithInputs_Command()
    {
        var data = JsonNode.Parse("""{"caseId":"abc123","stepId":"bedarf-klaeren","version":3,"c.emissionen":"true","c.profil-bestaetigt":"false","f.branche":"Logistik","decision":"ja"}""");

        var change = Assert.IsType<CardAction.Change>(CardAction.Parse("complete", data, Context));

        var command = Assert.IsType<CompleteStep>(change.Command);
        Assert.Equal(("t1", "abc123", "bedarf-klaeren", 3, "f:1"), (command.Tenant, command.CaseId, command.ExpectedStepId, command.ExpectedVersion, command.ActivityId));
        Assert.True(command.Ticks["emissionen"]);
        Assert.False(command.Ticks["profil-bestaetigt"]);
        Assert.Equal("Logistik", command.Values["branche"]);
        Assert.Equal("ja", command.DecisionId);
    }

    [Fact]
    public void Parse_Process_TheTemplateToShow()
    {
        var process = Assert.IsType<CardAction.Process>(CardAction.Parse("process", JsonNode.Parse("""{"templateId":"ansiedlung"}"""), Context));

        Assert.Equal("ansiedlung", process.TemplateId);
    }

    [Fact]
    public void Parse_AssignFromPeopleChoice_IdAndName()
    {
        var data = JsonNode.Parse("""{"caseId":"abc","stepId":"s","version":"2","assignee":"29:ben|Ben Yilmaz"}""");

        var command = Assert.IsType<AssignStep>(Assert.IsType<CardAction.Change>(CardAction.Parse("assign", data, Context)).Command);

        Assert.Equal(new Actor("29:ben", "Ben Yilmaz"), command.Assignee);
    }

    [Theory]
    [InlineData("complete", """{"caseId":"abc","stepId":"s"}""")]
    [InlineData("complete", """{"caseId":"abc","stepId":"s","version":"drei"}""")]
    [InlineData("complete", """{"caseId":{"x":1},"stepId":"s","version":1}""")]
    [InlineData("complete", """{"caseId":"../other","stepId":"s","version":1}""")]
    [InlineData("complete", """{"caseId":"abc","stepId":"s","version":1,"c.x":"vielleicht"}""")]
    [InlineData("complete", """{"caseId":"abc","stepId":"s","version":1,"f.x":["a"]}""")]
    [InlineData("skip", """["not","an","object"]""")]
    [InlineData("open", """{}""")]
    [InlineData("process", """{}""")]
    [InlineData("process", """{"templateId":["ansiedlung"]}""")]
    public void Parse_WrongTypes_RefusedAsTampered(string verb, string json)
    {
        var refused = Assert.IsType<CardAction.Refused>(CardAction.Parse(verb, JsonNode.Parse(json), Context));

        Assert.Equal(RefusalCode.Tampered, refused.Refusal.Code);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_UnknownVerb_Refused(string? verb) =>
        Assert.Equal(RefusalCode.UnknownVerb, Assert.IsType<CardAction.Refused>(CardAction.Parse(verb, JsonNode.Parse("{}"), Context)).Refusal.Code);
}

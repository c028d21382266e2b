using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Modelling;

/// <summary>
/// A step's decision from a splitting gateway (or a task with several flows out): the question is its name, each
/// way out an answer named by its flow, else its condition, else its target's name; answer ids from our
/// <c>wf:option</c> where the file has them.
/// </summary>
internal static class BpmnDecisions
{
    public static Decision Build(
        Dictionary<string, BpmnNode> nodes, BpmnNode node, List<(BpmnFlow? Flow, BpmnTarget Target)> ways, Dictionary<string, string> stepIds, BpmnFindings findings)
    {
        var question = node.Name;
        if (string.IsNullOrWhiteSpace(question))
        {
            question = Messages.Format("BpmnNoQuestion", null);
            findings.Notice(node, "BpmnQuestionMissing", question);
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var options = new List<DecisionOption>();
        foreach (var (flow, target) in ways)
        {
            var label = flow!.Name;
            if (string.IsNullOrWhiteSpace(label))
            {
                label = BpmnElements.Condition(flow.Element) ?? (target.Step is { } s ? nodes[s].Name : null) ?? Messages.Format("BpmnEndName", null);
                findings.Notices.Add(new BpmnNotice(flow.Id, flow.Name, "BpmnAnswerNamed", label));
            }

            var own = (string?)flow.Element.Attribute(BpmnNames.Wf + "option");
            var id = own is not null && taken.Add(own) ? own : BpmnIds.Unique(BpmnIds.Slug(label, "option"), taken);
            options.Add(target.Step is null
                ? new DecisionOption { Id = id, Label = label, End = true }
                : new DecisionOption { Id = id, Label = label, Next = stepIds[target.Step] });
        }

        return new Decision { Question = question, Options = options };
    }
}

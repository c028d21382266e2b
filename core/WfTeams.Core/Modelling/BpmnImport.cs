using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Modelling;

/// <summary>
/// A BPMN 2.0 process (ours, or from Camunda, Signavio, ADONIS, bpmn.io) as a template: tasks of any type become
/// steps, exclusive gateways decisions (a gateway right after a task is that step's decision, any other splitting
/// gateway a decision step of its own, merging gateways and intermediate events are passed through), lanes or
/// performers the responsible role, documentation the description. What a template cannot hold is approximated
/// (a sub-process flattened, a parallel split done one branch after the other) or refused, and every such element
/// is reported by id and name. Our own export comes back exactly: its <c>wf:</c> extensions carry the rest.
/// Either a complete, valid template or <see cref="InvalidTemplateException"/> with every error; nothing half.
/// </summary>
public static class BpmnImport
{
    /// <summary>A BPMN file larger than this is refused before it is parsed (diagrams make files large).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;
    private static readonly XNamespace Wf = BpmnNames.Wf;

    private static readonly HashSet<string> TaskTypes =
        ["task", "userTask", "manualTask", "serviceTask", "scriptTask", "sendTask", "receiveTask", "businessRuleTask", "callActivity"];

    private static readonly HashSet<string> SubProcessTypes = ["subProcess", "transaction", "adHocSubProcess"];

    private static readonly HashSet<string> Skipped = ["documentation", "extensionElements", "laneSet", "ioSpecification", "property", "sequenceFlow", "auditing", "monitoring"];

    private enum Kind { Task, Start, End, Exclusive, Inclusive, Parallel, EventBased, Complex, Intermediate, Boundary, SubProcess }

    private sealed record Node(string Id, string? Name, Kind Kind, XElement Element, string? Parent)
    {
        public List<Flow> Out { get; } = [];

        public List<Flow> In { get; } = [];

        public string? Lane { get; set; }
    }

    private sealed record Flow(string Id, string? Name, string Source, string Target, XElement Element);

    /// <summary>A flow's destination after pass-through elements: a step's key, or the end (null).</summary>
    private readonly record struct Target(string? Step);

    public static BpmnImportResult Read(ReadOnlyMemory<byte> bytes, string source, string? processId = null) =>
        new Reading(source).Run(bytes, processId);

    private sealed class Reading(string source)
    {
        private readonly List<TemplateError> _errors = [];
        private readonly List<BpmnNotice> _notices = [];
        private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
        private readonly List<Flow> _flows = [];
        private readonly Dictionary<string, string> _serialised = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _forkEntry = new(StringComparer.Ordinal);

        public BpmnImportResult Run(ReadOnlyMemory<byte> bytes, string? processId)
        {
            var document = Load(bytes);
            var definitions = document?.Root;
            if (definitions is null)
            {
                throw Refuse();
            }

            if (definitions.Name != Bpmn + "definitions")
            {
                Error("xml", null, "BpmnNotBpmn", definitions.Name.LocalName);
                throw Refuse();
            }

            var process = ChooseProcess(definitions, processId);
            if (process is null)
            {
                throw Refuse();
            }

            ReportOthers(definitions, process);
            Collect(process, parent: null);
            AssignLanes(process);
            ConnectFlows();
            if (_errors.Count > 0)
            {
                throw Refuse();
            }

            SerialiseParallelSplits();
            var template = Build(definitions, process);
            if (_errors.Count > 0 || template is null)
            {
                throw Refuse();
            }

            return new BpmnImportResult(template, _notices, Ours: process.Element(Bpmn + "extensionElements")?.Element(Wf + "template") is not null);
        }

        private InvalidTemplateException Refuse() => new(source, [.. _errors]);

        private void Error(string id, string? name, string key, params object?[] args) =>
            _errors.Add(new TemplateError(Label(id, name), key, args));

        private void Notice(Node node, string key, params object?[] args) => _notices.Add(new BpmnNotice(node.Id, node.Name, key, args));

        private void Notice(XElement element, string key, params object?[] args) =>
            _notices.Add(new BpmnNotice(IdOf(element), NameOf(element), key, args));

        private static string Label(string id, string? name) => string.IsNullOrWhiteSpace(name) ? id : $"{id} „{Shorten(name)}“";

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

        private XDocument? Load(ReadOnlyMemory<byte> bytes)
        {
            if (bytes.Length > MaxBytes)
            {
                Error("xml", null, "FileTooLarge", bytes.Length, MaxBytes);
                return null;
            }

            var settings = new XmlReaderSettings
            {
                // No document type, no entities: nothing can expand or reach out (XML bombs, external entities).
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                MaxCharactersInDocument = MaxBytes,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            try
            {
                using var stream = new MemoryStream(bytes.ToArray(), writable: false);
                using var reader = XmlReader.Create(stream, settings);
                return XDocument.Load(reader);
            }
            catch (XmlException ex)
            {
                var dtd = bytes.Length > 0 && Encoding.UTF8.GetString(bytes.Span[..Math.Min(bytes.Length, 4096)]).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
                Error("xml", null, dtd ? "BpmnDtdRefused" : "BpmnNotXml", ex.LineNumber, ex.LinePosition);
                return null;
            }
        }

        private XElement? ChooseProcess(XElement definitions, string? processId)
        {
            var processes = definitions.Elements(Bpmn + "process").ToList();
            var ids = string.Join(", ", processes.Select(IdOf));
            if (processId is not null)
            {
                var chosen = processes.FirstOrDefault(p => IdOf(p) == processId);
                if (chosen is null)
                {
                    Error(processId, null, "BpmnProcessNotFound", processId, ids.Length == 0 ? "–" : ids);
                }

                return chosen;
            }

            var withFlow = processes.Where(p => p.Elements().Any(e => !Skipped.Contains(e.Name.LocalName))).ToList();
            switch (withFlow.Count)
            {
                case 0:
                    Error("definitions", null, "BpmnNoProcess");
                    return null;
                case 1:
                    return withFlow[0];
                default:
                    Error("definitions", null, "BpmnSeveralProcesses", string.Join(", ", withFlow.Select(p => Label(IdOf(p), NameOf(p)))));
                    return null;
            }
        }

        private void ReportOthers(XElement definitions, XElement process)
        {
            var processId = IdOf(process);
            foreach (var other in definitions.Elements(Bpmn + "process").Where(p => p != process))
            {
                Notice(other, "BpmnOtherProcess");
            }

            foreach (var collaboration in definitions.Elements(Bpmn + "collaboration"))
            {
                foreach (var participant in collaboration.Elements(Bpmn + "participant"))
                {
                    if ((string?)participant.Attribute("processRef") != processId)
                    {
                        Notice(participant, "BpmnOtherPool");
                    }
                }

                foreach (var message in collaboration.Elements(Bpmn + "messageFlow"))
                {
                    Notice(message, "BpmnMessageFlow");
                }
            }
        }

        private void Collect(XElement container, string? parent)
        {
            foreach (var element in container.Elements())
            {
                if (element.Name.Namespace != Bpmn)
                {
                    continue;
                }

                var local = element.Name.LocalName;
                if (Skipped.Contains(local))
                {
                    if (local == "sequenceFlow")
                    {
                        _flows.Add(new Flow(IdOf(element), NameOf(element), (string?)element.Attribute("sourceRef") ?? "", (string?)element.Attribute("targetRef") ?? "", element));
                    }

                    continue;
                }

                Kind? kind = local switch
                {
                    _ when TaskTypes.Contains(local) => Kind.Task,
                    "startEvent" => Kind.Start,
                    "endEvent" => Kind.End,
                    "exclusiveGateway" => Kind.Exclusive,
                    "inclusiveGateway" => Kind.Inclusive,
                    "parallelGateway" => Kind.Parallel,
                    "eventBasedGateway" => Kind.EventBased,
                    "complexGateway" => Kind.Complex,
                    "intermediateCatchEvent" or "intermediateThrowEvent" => Kind.Intermediate,
                    "boundaryEvent" => Kind.Boundary,
                    _ when SubProcessTypes.Contains(local) => Kind.SubProcess,
                    _ => null,
                };
                if (kind is null)
                {
                    Notice(element, "BpmnIgnored", local);
                    continue;
                }

                if (kind == Kind.SubProcess && (string?)element.Attribute("triggeredByEvent") == "true")
                {
                    Notice(element, "BpmnEventSubProcessDropped");
                    continue;
                }

                var node = new Node(IdOf(element), NameOf(element), kind.Value, element, parent);
                if (!_nodes.TryAdd(node.Id, node))
                {
                    Error(node.Id, node.Name, "BpmnDuplicateId", node.Id);
                    continue;
                }

                switch (kind)
                {
                    case Kind.SubProcess:
                        Notice(node, "BpmnSubProcessFlattened");
                        Collect(element, node.Id);
                        break;
                    case Kind.Intermediate:
                        Notice(node, "BpmnEventPassed", EventType(element));
                        break;
                    case Kind.Boundary:
                        Notice(node, "BpmnBoundaryDropped", EventType(element));
                        break;
                    case Kind.Start or Kind.End when EventType(element) is { Length: > 0 } type:
                        Notice(node, "BpmnEventTypeIgnored", type);
                        break;
                    case Kind.Task when local == "callActivity":
                        Notice(node, "BpmnCallActivity");
                        break;
                    case Kind.Inclusive:
                        Notice(node, "BpmnInclusiveAsDecision");
                        break;
                    case Kind.EventBased or Kind.Complex:
                        Notice(node, "BpmnGatewayAsDecision", local);
                        break;
                }
            }
        }

        private static string EventType(XElement element) =>
            element.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)) is { } definition
                ? definition.Name.LocalName[..^"EventDefinition".Length]
                : "";

        private void AssignLanes(XElement process)
        {
            void Walk(XElement laneSet)
            {
                foreach (var lane in laneSet.Elements(Bpmn + "lane"))
                {
                    var name = NameOf(lane);
                    foreach (var reference in lane.Elements(Bpmn + "flowNodeRef"))
                    {
                        if (_nodes.TryGetValue(reference.Value.Trim(), out var node) && name is not null)
                        {
                            node.Lane = name;
                        }
                    }

                    foreach (var child in lane.Elements(Bpmn + "childLaneSet"))
                    {
                        Walk(child);
                    }
                }
            }

            foreach (var laneSet in process.Elements(Bpmn + "laneSet"))
            {
                Walk(laneSet);
            }

            // Inside a sub-process: the lane of the sub-process.
            foreach (var node in _nodes.Values.Where(n => n.Lane is null && n.Parent is not null))
            {
                var parent = node.Parent;
                while (parent is not null && _nodes[parent].Lane is null)
                {
                    parent = _nodes[parent].Parent;
                }

                node.Lane = parent is null ? null : _nodes[parent].Lane;
            }
        }

        private void ConnectFlows()
        {
            foreach (var flow in _flows)
            {
                if (!_nodes.TryGetValue(flow.Source, out var from))
                {
                    Error(flow.Id, flow.Name, "BpmnFlowNowhere", "sourceRef", flow.Source);
                    continue;
                }

                if (!_nodes.TryGetValue(flow.Target, out var to))
                {
                    Error(flow.Id, flow.Name, "BpmnFlowNowhere", "targetRef", flow.Target);
                    continue;
                }

                if (from.Kind == Kind.Boundary)
                {
                    continue; // reported with its boundary event
                }

                from.Out.Add(flow);
                to.In.Add(flow);
            }
        }

        /// <summary>A parallel split whose branches are plain task sequences meeting in one join: done one branch after the other.</summary>
        private void SerialiseParallelSplits()
        {
            foreach (var fork in _nodes.Values.Where(n => n.Kind == Kind.Parallel && n.Out.Count > 1).ToList())
            {
                Node? join = null;
                var branches = new List<List<Node>>();
                var simple = true;
                foreach (var flow in fork.Out)
                {
                    var branch = new List<Node>();
                    var current = _nodes[flow.Target];
                    var guard = 0;
                    while (guard++ < _nodes.Count)
                    {
                        if (current.Kind == Kind.Task && current.Out.Count == 1)
                        {
                            branch.Add(current);
                        }
                        else if (current.Kind == Kind.Parallel && current.Out.Count <= 1)
                        {
                            break;
                        }
                        else if (!(current.Kind == Kind.Intermediate && current.Out.Count == 1))
                        {
                            simple = false;
                            break;
                        }

                        current = _nodes[current.Out[0].Target];
                    }

                    if (!simple || current.Kind != Kind.Parallel || (join is not null && join != current))
                    {
                        simple = false;
                        break;
                    }

                    join = current;
                    branches.Add(branch);
                }

                if (!simple || join is null)
                {
                    Error(fork.Id, fork.Name, "BpmnParallelRefused");
                    continue;
                }

                var sequence = branches.Where(b => b.Count > 0).ToList();
                _forkEntry[fork.Id] = sequence.Count == 0 ? join.Id : sequence[0][0].Id;
                for (var i = 0; i < sequence.Count; i++)
                {
                    _serialised[sequence[i][^1].Id] = i + 1 < sequence.Count ? sequence[i + 1][0].Id : join.Id;
                }

                Notice(fork, "BpmnParallelSerialised", branches.Count, Label(join.Id, join.Name));
            }
        }

        private bool IsSplit(Node node) =>
            node.Kind is Kind.Exclusive or Kind.Inclusive or Kind.EventBased or Kind.Complex && node.Out.Count > 1;

        /// <summary>A splitting gateway reached only from one task that leads nowhere else: that task's decision.</summary>
        private bool OwnedByTask(Node gateway) =>
            IsSplit(gateway) && gateway.In.Count == 1 && _nodes[gateway.In[0].Source] is { Kind: Kind.Task, Out.Count: 1 } task && !_serialised.ContainsKey(task.Id);

        private Target? Resolve(string id, int depth = 0)
        {
            var node = _nodes[id];
            if (depth > _nodes.Count)
            {
                Error(node.Id, node.Name, "BpmnPassCycle");
                return null;
            }

            switch (node.Kind)
            {
                case Kind.Task:
                    return new Target(node.Id);
                case Kind.End when node.Parent is null:
                    return new Target(null);
                case Kind.End:
                    return Leave(_nodes[node.Parent!], depth);
                case Kind.SubProcess:
                    var start = _nodes.Values.FirstOrDefault(n => n.Parent == node.Id && n.Kind == Kind.Start)
                        ?? _nodes.Values.FirstOrDefault(n => n.Parent == node.Id && n.In.Count == 0 && n.Kind != Kind.Boundary);
                    if (start is null)
                    {
                        return Leave(node, depth);
                    }

                    return start.Kind == Kind.Start ? Leave(start, depth) : Resolve(start.Id, depth + 1);
                case Kind.Parallel when node.Out.Count > 1:
                    return _forkEntry.TryGetValue(node.Id, out var entry) && entry is not null ? Resolve(entry, depth + 1) : null;
                case Kind.Exclusive or Kind.Inclusive or Kind.EventBased or Kind.Complex when node.Out.Count > 1:
                    return new Target(node.Id);
                default:
                    return Leave(node, depth);
            }
        }

        /// <summary>Where the single way out of a pass-through element leads; no way out ends the process.</summary>
        private Target? Leave(Node node, int depth)
        {
            if (node.Out.Count == 0)
            {
                return node.Parent is not null && node.Kind is Kind.Start or Kind.Intermediate ? Leave(_nodes[node.Parent], depth + 1) : new Target(null);
            }

            if (node.Out.Count > 1)
            {
                Error(node.Id, node.Name, "BpmnSplitNotSupported");
                return null;
            }

            return Resolve(node.Out[0].Target, depth + 1);
        }

        private ProcessTemplate? Build(XElement definitions, XElement process)
        {
            var starts = _nodes.Values.Where(n => n.Kind == Kind.Start && n.Parent is null).ToList();
            if (starts.Count == 0)
            {
                Error(IdOf(process), NameOf(process), "BpmnNoStart");
                return null;
            }

            foreach (var extra in starts.Skip(1))
            {
                Notice(extra, "BpmnExtraStart");
            }

            var first = Leave(starts[0], 0);
            if (first is null)
            {
                return null;
            }

            if (first.Value.Step is null)
            {
                Error(starts[0].Id, starts[0].Name, "NoSteps");
                return null;
            }

            // The steps: every task, and every splitting gateway no task owns (a decision step of its own).
            var keys = _nodes.Values.Where(n => n.Kind == Kind.Task || (IsSplit(n) && !OwnedByTask(n))).Select(n => n.Id).ToList();
            var successors = new Dictionary<string, List<(Flow? Flow, Target Target)>>(StringComparer.Ordinal);
            var decisionOf = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var node = _nodes[key];
                var ways = new List<(Flow?, Target)>();
                IEnumerable<Flow> flows;
                if (node.Kind != Kind.Task)
                {
                    Notice(node, "BpmnGatewayAsStep");
                    decisionOf[key] = node;
                    flows = node.Out;
                }
                else if (_serialised.TryGetValue(key, out var following))
                {
                    if (Resolve(following) is { } target)
                    {
                        ways.Add((null, target));
                    }

                    flows = [];
                }
                else if (node.Out.Count == 1 && _nodes[node.Out[0].Target] is var gateway && OwnedByTask(gateway))
                {
                    decisionOf[key] = gateway;
                    flows = gateway.Out;
                }
                else
                {
                    if (node.Out.Count > 1)
                    {
                        Notice(node, "BpmnTaskSplitAsDecision");
                        decisionOf[key] = node;
                    }

                    flows = node.Out;
                }

                foreach (var flow in flows)
                {
                    if (Resolve(flow.Target) is { } target)
                    {
                        ways.Add((flow, target));
                    }
                }

                successors[key] = ways;
            }

            if (_errors.Count > 0)
            {
                return null;
            }

            var ours = process.Element(Bpmn + "extensionElements")?.Element(Wf + "template");
            var order = ours is not null ? keys : Preorder(first.Value.Step!, keys, successors);
            order.Remove(first.Value.Step!);
            order.Insert(0, first.Value.Step!);

            var stepIds = new Dictionary<string, string>(StringComparer.Ordinal);
            var extensions = new Dictionary<string, ProcessStep?>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in order)
            {
                var extension = ReadStep(_nodes[key]);
                extensions[key] = extension;
                var id = extension?.Id is { } own && taken.Add(own) ? own : Unique(Slug(key, "step"), taken);
                stepIds[key] = id;
            }

            var steps = new List<ProcessStep>();
            for (var i = 0; i < order.Count; i++)
            {
                steps.Add(BuildStep(i, order, stepIds, extensions[order[i]], successors[order[i]], decisionOf.GetValueOrDefault(order[i])));
            }

            var template = BuildTemplate(definitions, process, ours, steps);
            return template is null ? null : Check(template, order);
        }

        private static List<string> Preorder(string first, List<string> keys, Dictionary<string, List<(Flow? Flow, Target Target)>> successors)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var order = new List<string>();
            var stack = new Stack<string>([first]);
            while (stack.TryPop(out var key))
            {
                if (!seen.Add(key))
                {
                    continue;
                }

                order.Add(key);
                foreach (var (_, target) in Enumerable.Reverse(successors[key]))
                {
                    if (target.Step is { } next && !seen.Contains(next))
                    {
                        stack.Push(next);
                    }
                }
            }

            order.AddRange(keys.Where(k => !seen.Contains(k)));
            return order;
        }

        private ProcessStep? ReadStep(Node node)
        {
            var json = node.Element.Element(Bpmn + "extensionElements")?.Element(Wf + "step")?.Value;
            if (json is null)
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<ProcessStep>(json, TemplateJson.Options);
            }
            catch (JsonException ex)
            {
                Error(node.Id, node.Name, "BpmnExtensionUnreadable", "wf:step", ex.Message);
                return null;
            }
        }

        private ProcessStep BuildStep(
            int index, List<string> order, Dictionary<string, string> stepIds, ProcessStep? extension, List<(Flow? Flow, Target Target)> ways, Node? decisionNode)
        {
            var key = order[index];
            var node = _nodes[key];
            var title = node.Name;
            if (string.IsNullOrWhiteSpace(title))
            {
                title = node.Kind == Kind.Task ? null : Text("BpmnDecisionTitle");
                if (title is null)
                {
                    Error(node.Id, null, "BpmnTaskWithoutName");
                    title = node.Id;
                }
            }

            var responsible = node.Lane ?? Performer(node.Element) ?? extension?.Responsible;
            if (responsible is null)
            {
                responsible = Text("BpmnNoResponsible");
                Notice(node, "BpmnResponsibleMissing", responsible);
            }

            var step = (extension ?? new ProcessStep { Id = stepIds[key], Title = title, Responsible = responsible }) with
            {
                Id = stepIds[key],
                Title = title,
                Description = Documentation(node.Element),
                Responsible = responsible,
                Decision = null,
                Next = null,
                End = false,
            };

            if (decisionNode is not null)
            {
                return step with { Decision = BuildDecision(decisionNode, ways, stepIds) };
            }

            var target = ways.Count == 0 ? new Target(null) : ways[0].Target;
            var last = index == order.Count - 1;
            if (target.Step is null)
            {
                return step with { End = !last || extension?.End == true };
            }

            var following = !last && order[index + 1] == target.Step;
            return step with { Next = following && extension?.Next != stepIds[target.Step] ? null : stepIds[target.Step] };
        }

        private Decision BuildDecision(Node node, List<(Flow? Flow, Target Target)> ways, Dictionary<string, string> stepIds)
        {
            var question = node.Name;
            if (string.IsNullOrWhiteSpace(question))
            {
                question = Text("BpmnNoQuestion");
                Notice(node, "BpmnQuestionMissing", question);
            }

            var taken = new HashSet<string>(StringComparer.Ordinal);
            var options = new List<DecisionOption>();
            foreach (var (flow, target) in ways)
            {
                var label = flow!.Name;
                if (string.IsNullOrWhiteSpace(label))
                {
                    label = Condition(flow.Element) ?? (target.Step is { } s ? _nodes[s].Name : null) ?? Text("BpmnEndName");
                    _notices.Add(new BpmnNotice(flow.Id, flow.Name, "BpmnAnswerNamed", label));
                }

                var own = (string?)flow.Element.Attribute(Wf + "option");
                var id = own is not null && taken.Add(own) ? own : Unique(Slug(label, "option"), taken);
                options.Add(target.Step is null
                    ? new DecisionOption { Id = id, Label = label, End = true }
                    : new DecisionOption { Id = id, Label = label, Next = stepIds[target.Step] });
            }

            return new Decision { Question = question, Options = options };
        }

        private ProcessTemplate? BuildTemplate(XElement definitions, XElement process, XElement? ours, List<ProcessStep> steps)
        {
            ProcessTemplate? own = null;
            if (ours is not null)
            {
                var (parsed, errors) = TemplateJson.Parse(Encoding.UTF8.GetBytes(ours.Value));
                if (parsed is null)
                {
                    Error(IdOf(process), NameOf(process), "BpmnExtensionUnreadable", "wf:template", string.Join("; ", errors.Select(e => e.ToString())));
                    return null;
                }

                own = parsed;
            }

            var participant = definitions.Elements(Bpmn + "collaboration").Elements(Bpmn + "participant")
                .FirstOrDefault(p => (string?)p.Attribute("processRef") == IdOf(process));
            var name = NameOf(process) ?? (participant is null ? null : NameOf(participant)) ?? own?.Name ?? IdOf(process);
            var goal = Documentation(process) ?? own?.Goal;
            if (own is null)
            {
                var missing = Text("BpmnToComplete");
                _notices.Add(new BpmnNotice(IdOf(process), name, "BpmnProfileToComplete"));
                var ends = string.Join("; ", _nodes.Values.Where(n => n.Kind == Kind.End && n.Parent is null && !string.IsNullOrWhiteSpace(n.Name)).Select(n => n.Name).Distinct());
                var trigger = _nodes.Values.FirstOrDefault(n => n.Kind == Kind.Start && n.Parent is null)?.Name;
                return new ProcessTemplate
                {
                    Id = Slug(NameOf(process) ?? IdOf(process), "prozess"),
                    Version = 1,
                    Status = TemplateStatus.Draft,
                    Name = name,
                    Owner = missing,
                    Goal = goal ?? missing,
                    Trigger = string.IsNullOrWhiteSpace(trigger) ? missing : trigger,
                    Result = ends.Length == 0 ? missing : ends,
                    Steps = steps,
                };
            }

            return own with { Name = name, Goal = goal ?? own.Goal, Steps = steps };
        }

        /// <summary>The template format's own checks (lengths, ids, the step graph), each error named by its BPMN element.</summary>
        private ProcessTemplate? Check(ProcessTemplate template, List<string> order)
        {
            var (parsed, errors) = TemplateJson.Parse(TemplateJson.SerializeToUtf8Bytes(template, indented: false));
            var all = parsed is null ? errors : TemplateValidator.Validate(parsed);
            foreach (var error in all)
            {
                var path = error.Path;
                var element = "definitions";
                string? name = null;
                if (path.StartsWith("$.steps[", StringComparison.Ordinal) && path.IndexOf(']', StringComparison.Ordinal) is var close and > 8
                    && int.TryParse(path.AsSpan(8, close - 8), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < order.Count)
                {
                    element = _nodes[order[index]].Id;
                    name = _nodes[order[index]].Name;
                }

                _errors.Add(error with { Path = $"{Label(element, name)} {path}" });
            }

            return _errors.Count == 0 ? parsed : null;
        }

        private string Text(string key) => Messages.Format(key, null);

        private static string? Documentation(XElement element)
        {
            var texts = element.Elements(Bpmn + "documentation").Select(d => d.Value.Trim()).Where(t => t.Length > 0).ToList();
            return texts.Count == 0 ? null : string.Join("\n\n", texts);
        }

        private static string? Condition(XElement flow) =>
            flow.Element(Bpmn + "conditionExpression")?.Value.Trim() is { Length: > 0 } condition ? condition : null;

        /// <summary>A performer written into the task (BPMN resource roles, Camunda's assignee or candidate groups).</summary>
        private static string? Performer(XElement task)
        {
            foreach (var role in task.Elements().Where(e => e.Name.LocalName is "performer" or "humanPerformer" or "potentialOwner"))
            {
                if (role.Descendants().FirstOrDefault(e => e.Name.LocalName == "formalExpression")?.Value.Trim() is { Length: > 0 } expression)
                {
                    return expression;
                }

                if (NameOf(role) is { } named)
                {
                    return named;
                }
            }

            return task.Attributes().FirstOrDefault(a => a.Name.LocalName is "candidateGroups" or "assignee")?.Value is { Length: > 0 } value ? value : null;
        }

        private static string IdOf(XElement element) => (string?)element.Attribute("id") ?? element.Name.LocalName;

        private static string? NameOf(XElement element) =>
            ((string?)element.Attribute("name"))?.Trim() is { Length: > 0 } name ? name : null;
    }

    /// <summary>An id of the template format (a-z, 0-9, hyphen) from a BPMN id or name.</summary>
    public static string Slug(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var part = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => "-",
            };
            if (part == "-" && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }

            builder.Append(part);
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 50)
        {
            slug = slug[..50].TrimEnd('-');
        }

        return slug.Length == 0 ? fallback : slug;
    }

    private static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }
}

using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>
/// The BPMN file as XML, read safely (no DTD, no entities, nothing fetched, at most <see cref="BpmnImport.MaxBytes"/>),
/// and the one process in it to import; the other processes, pools and message flows are reported.
/// </summary>
internal static class BpmnFile
{
    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;

    /// <summary>Elements of a process that are not its flow: a process of only these is empty.</summary>
    public static readonly HashSet<string> NotFlow = ["documentation", "extensionElements", "laneSet", "ioSpecification", "property", "sequenceFlow", "auditing", "monitoring"];

    /// <summary>The file's <c>definitions</c>; null (with the error) when it is not XML, too large, or not BPMN.</summary>
    public static XElement? Definitions(ReadOnlyMemory<byte> bytes, BpmnFindings findings)
    {
        if (bytes.Length > BpmnImport.MaxBytes)
        {
            findings.Error("xml", null, "FileTooLarge", bytes.Length, BpmnImport.MaxBytes);
            return null;
        }

        var settings = new XmlReaderSettings
        {
            // No document type, no entities: nothing can expand or reach out (XML bombs, external entities).
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = BpmnImport.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XElement definitions;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            definitions = XDocument.Load(reader).Root!;
        }
        catch (XmlException ex)
        {
            var dtd = bytes.Length > 0 && Encoding.UTF8.GetString(bytes.Span[..Math.Min(bytes.Length, 4096)]).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            findings.Error("xml", null, dtd ? "BpmnDtdRefused" : "BpmnNotXml", ex.LineNumber, ex.LinePosition);
            return null;
        }

        if (definitions.Name != Bpmn + "definitions")
        {
            findings.Error("xml", null, "BpmnNotBpmn", definitions.Name.LocalName);
            return null;
        }

        return definitions;
    }

    /// <summary>The process <paramref name="processId"/>, else the only one with a flow; null (with the error) otherwise.</summary>
    public static XElement? ChooseProcess(XElement definitions, string? processId, BpmnFindings findings)
    {
        var processes = definitions.Elements(Bpmn + "process").ToList();
        var ids = string.Join(", ", processes.Select(BpmnElements.IdOf));
        if (processId is not null)
        {
            var chosen = processes.FirstOrDefault(p => BpmnElements.IdOf(p) == processId);
            if (chosen is null)
            {
                findings.Error(processId, null, "BpmnProcessNotFound", processId, ids.Length == 0 ? "–" : ids);
            }

            return chosen;
        }

        var withFlow = processes.Where(p => p.Elements().Any(e => !NotFlow.Contains(e.Name.LocalName))).ToList();
        switch (withFlow.Count)
        {
            case 0:
                findings.Error("definitions", null, "BpmnNoProcess");
                return null;
            case 1:
                return withFlow[0];
            default:
                findings.Error("definitions", null, "BpmnSeveralProcesses", string.Join(", ", withFlow.Select(p => BpmnFindings.Label(BpmnElements.IdOf(p), BpmnElements.NameOf(p)))));
                return null;
        }
    }

    /// <summary>The other processes and pools and every message flow: left out, each reported.</summary>
    public static void ReportOthers(XElement definitions, XElement process, BpmnFindings findings)
    {
        var processId = BpmnElements.IdOf(process);
        foreach (var other in definitions.Elements(Bpmn + "process").Where(p => p != process))
        {
            findings.Notice(other, "BpmnOtherProcess");
        }

        foreach (var collaboration in definitions.Elements(Bpmn + "collaboration"))
        {
            foreach (var participant in collaboration.Elements(Bpmn + "participant"))
            {
                if ((string?)participant.Attribute("processRef") != processId)
                {
                    findings.Notice(participant, "BpmnOtherPool");
                }
            }

            foreach (var message in collaboration.Elements(Bpmn + "messageFlow"))
            {
                findings.Notice(message, "BpmnMessageFlow");
            }
        }
    }
}

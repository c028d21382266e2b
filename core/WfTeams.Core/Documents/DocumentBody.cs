using System.Text;
using System.Xml;

namespace WfTeams.Core.Documents;

/// <summary>
/// The content controls of a Word body and the text around them, read in one pass with an
/// <see cref="XmlReader"/> (a 500-step profile is 6 MB of XML; a DOM would hold it all). Tracked
/// changes count as accepted: inserted text is read, deleted and moved-away text is not; comments,
/// paragraph and run properties, and the fallback copies of drawings are skipped.
/// </summary>
internal sealed class DocumentBody
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };

    public List<DocumentControl> Controls { get; } = [];

    /// <summary>The non-blank text of each paragraph outside the controls, with the number of controls before it.</summary>
    public List<(string Text, int ControlsBefore)> Outside { get; } = [];

    public OutsideText OutsideText { get; } = new();

    public static DocumentBody Read(Stream xml)
    {
        var body = new DocumentBody();
        using var reader = XmlReader.Create(xml, Settings);
        body.Read(reader);
        return body;
    }

    private sealed class Frame
    {
        public string? Tag;
        public string? Title;
        public bool Placeholder;
        public int Paragraphs;
        public readonly StringBuilder Text = new();
    }

    private void Read(XmlReader reader)
    {
        var names = reader.NameTable;
        var w = names.Add(W);
        var mc = names.Add(Mc);
        var (sdt, sdtPr, sdtContent, alias, tag, placeholder) = (names.Add("sdt"), names.Add("sdtPr"), names.Add("sdtContent"), names.Add("alias"), names.Add("tag"), names.Add("showingPlcHdr"));
        var (p, t, tab, br, cr, hyphen, r) = (names.Add("p"), names.Add("t"), names.Add("tab"), names.Add("br"), names.Add("cr"), names.Add("noBreakHyphen"), names.Add("r"));
        var (del, moveFrom, pPr, rPr, fallback, val, type) = (names.Add("del"), names.Add("moveFrom"), names.Add("pPr"), names.Add("rPr"), names.Add("Fallback"), names.Add("val"), names.Add("type"));

        var frames = new Stack<Frame>();
        var outside = new StringBuilder();
        var run = 0;
        var chunk = new char[1024];

        // Skip() and ReadElementContentAsString() leave the reader on the next node already.
        var advance = true;
        while (advance ? reader.Read() : !reader.EOF)
        {
            advance = true;
            if (reader.NodeType == XmlNodeType.Element)
            {
                var local = reader.LocalName;
                var ns = reader.NamespaceURI;
                if ((object)ns == mc && (object)local == fallback)
                {
                    reader.Skip();
                    advance = false;
                    continue;
                }

                if ((object)ns != w)
                {
                    continue;
                }

                if ((object)local == del || (object)local == moveFrom || (object)local == pPr || (object)local == rPr)
                {
                    // Deleted revisions do not count; properties hold no text (their w:tab are tab stops).
                    reader.Skip();
                    advance = false;
                    continue;
                }

                if ((object)local == sdt)
                {
                    frames.Push(new Frame());
                    if (reader.IsEmptyElement)
                    {
                        frames.Pop();
                    }
                }
                else if ((object)local == sdtPr)
                {
                    if (frames.TryPeek(out var frame) && !reader.IsEmptyElement)
                    {
                        ReadProperties(reader, frame, w, alias, tag, placeholder, val);
                    }
                }
                else if ((object)local == p)
                {
                    if (frames.TryPeek(out var f) && f.Paragraphs++ > 0)
                    {
                        f.Text.Append('\n');
                    }

                    if (reader.IsEmptyElement)
                    {
                        EndParagraph(frames.Count, outside);
                    }
                }
                else if ((object)local == r)
                {
                    if (!reader.IsEmptyElement)
                    {
                        run++;
                    }
                }
                else if (run > 0)
                {
                    if ((object)local == t)
                    {
                        if (!reader.IsEmptyElement)
                        {
                            AppendText(reader, frames, outside, chunk);
                        }
                    }
                    else if ((object)local == tab)
                    {
                        Append(frames, outside, "\t");
                    }
                    else if (((object)local == br && reader.GetAttribute(type, w) is null or "textWrapping") || (object)local == cr)
                    {
                        Append(frames, outside, "\n");
                    }
                    else if ((object)local == hyphen)
                    {
                        Append(frames, outside, "-");
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && (object)reader.NamespaceURI == w)
            {
                var local = reader.LocalName;
                if ((object)local == r)
                {
                    run--;
                }
                else if ((object)local == p)
                {
                    EndParagraph(frames.Count, outside);
                }
                else if ((object)local == sdt && frames.TryPop(out var done))
                {
                    Controls.Add(new DocumentControl(done.Tag, done.Title, done.Placeholder ? "" : done.Text.ToString()));
                }
            }
        }
    }

    private void Append(Stack<Frame> frames, StringBuilder outside, string text)
    {
        if (frames.TryPeek(out var frame))
        {
            frame.Text.Append(text);
        }
        else
        {
            outside.Append(text);
            OutsideText.Add(text);
        }
    }

    private void EndParagraph(int openControls, StringBuilder outside)
    {
        if (openControls > 0)
        {
            return;
        }

        if (outside.Length > 0)
        {
            var text = outside.ToString().Trim();
            if (text.Length > 0)
            {
                Outside.Add((text, Controls.Count));
            }

            outside.Clear();
        }
    }

    /// <summary>
    /// The text of one w:t, appended in chunks (no string per run: a 500-step profile has 100,000 of
    /// them); leaves the reader on the w:t's end tag.
    /// </summary>
    private void AppendText(XmlReader reader, Stack<Frame> frames, StringBuilder outside, char[] chunk)
    {
        frames.TryPeek(out var frame);
        while (reader.Read() && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                // As ReadElementContentAsString: w:t holds text only.
                throw new XmlException($"Unexpected {reader.NodeType} '{reader.Name}' in w:t.");
            }

            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                var text = chunk.AsSpan(0, read);
                if (frame is not null)
                {
                    frame.Text.Append(text);
                }
                else
                {
                    outside.Append(text);
                    OutsideText.Add(text);
                }
            }
        }
    }

    /// <summary>Reads a control's w:sdtPr in place (no subtree reader per control); leaves the reader on its end tag.</summary>
    private static void ReadProperties(XmlReader reader, Frame frame, string w, string alias, string tag, string placeholder, string val)
    {
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || (object)reader.NamespaceURI != w)
            {
                continue;
            }

            var local = reader.LocalName;
            if ((object)local == alias)
            {
                frame.Title = reader.GetAttribute(val, w);
            }
            else if ((object)local == tag)
            {
                frame.Tag = reader.GetAttribute(val, w);
            }
            else if ((object)local == placeholder)
            {
                frame.Placeholder = reader.GetAttribute(val, w) is not ("0" or "false" or "off");
            }
        }
    }
}

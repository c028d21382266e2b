using System.Buffers;
using System.Text.Unicode;

namespace WfTeams.Core.Documents;

/// <summary>
/// Writes one part's XML as UTF-8 bytes straight into the part's stream: elements and attributes with the
/// prefix <c>w</c>, escaped text. <see cref="System.Xml.XmlWriter"/> resolved the namespace of every element and
/// attribute and encoded through a char buffer: two thirds of a profile's time went there. What XML cannot
/// hold is removed before (<see cref="XmlText"/>); names and attribute values written here are ASCII.
/// </summary>
internal sealed class XmlPartWriter(Stream stream) : IDisposable
{
    private const int BufferSize = 16 * 1024;
    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("<>&");
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("<>&\"\t\n\r");

    private readonly Stack<string> _elements = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;
    private bool _startOpen;

    public void Declaration() => Ascii("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");

    public void Start(string name)
    {
        CloseStart();
        Ascii("<w:");
        Ascii(name);
        _elements.Push(name);
        _startOpen = true;
    }

    /// <summary>Ends the innermost element; one without content is closed as an empty element.</summary>
    public void End()
    {
        var name = _elements.Pop();
        if (_startOpen)
        {
            Ascii("/>");
            _startOpen = false;
            return;
        }

        Ascii("</w:");
        Ascii(name);
        Ascii(">");
    }

    public void Namespace(string prefix, string uri)
    {
        Ascii(" xmlns:");
        Ascii(prefix);
        Ascii("=\"");
        Escaped(uri, AttributeEscapes);
        Ascii("\"");
    }

    public void Attribute(string name, string value) => Attribute(name, value, "");

    /// <summary>An attribute whose value is <paramref name="first"/> followed by <paramref name="second"/> (a tag and its path).</summary>
    public void Attribute(string name, string first, string second)
    {
        Ascii(" w:");
        Ascii(name);
        Ascii("=\"");
        Escaped(first, AttributeEscapes);
        Escaped(second, AttributeEscapes);
        Ascii("\"");
    }

    public void PreserveSpace() => Ascii(" xml:space=\"preserve\"");

    public void Text(ReadOnlySpan<char> text)
    {
        CloseStart();
        Escaped(text, TextEscapes);
    }

    /// <summary>XML made elsewhere (a section with its own namespace declarations), as it is.</summary>
    public void Raw(string xml)
    {
        CloseStart();
        Utf8Text(xml);
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        CloseStart();
        WriteBuffer();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void WriteBuffer()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    private void CloseStart()
    {
        if (_startOpen)
        {
            _startOpen = false;
            Ascii(">");
        }
    }

    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> escapes)
    {
        while (true)
        {
            var at = text.IndexOfAny(escapes);
            if (at < 0)
            {
                Utf8Text(text);
                return;
            }

            Utf8Text(text[..at]);
            Ascii(text[at] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                _ => "&#xD;",
            });
            text = text[(at + 1)..];
        }
    }

    private void Ascii(string text)
    {
        if (_buffer.Length - _used < text.Length)
        {
            WriteBuffer();
        }

        // Names and entities are a few characters: a loop beats a vectorised call's set-up.
        var buffer = _buffer;
        var used = _used;
        foreach (var c in text)
        {
            buffer[used++] = (byte)c;
        }

        _used = used;
    }

    private void Utf8Text(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_used), out var read, out var written);
            _used += written;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return;
            }

            text = text[read..];
            WriteBuffer();
        }
    }
}

using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Insights;

/// <summary>
/// <c>cases.xlsx</c> for the agency's own reporting: a summary sheet of formulas over the two data sheets, a sheet of
/// cases and a sheet of step visits with their times, each an Excel table with filters. The data sheets are written
/// streaming with <see cref="OpenXmlWriter"/> (inline strings, no shared-string table) straight into their zip entries,
/// so memory does not grow with the number of rows (at most <see cref="MaxCases"/> cases). Subjects and assignees only when the records carry them (editors).
/// </summary>
public static class CaseWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int MaxCases = 100_000;

    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint HoursStyle = 3;

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (seekable or not) as it goes: the small parts are made with the SDK
    /// in memory, the two data sheets are streamed straight into their zip entries, so memory does not grow with the rows.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxCases"/> cases.</exception>
    public static void Write(Stream output, ProcessFigures figures, IReadOnlyList<CaseRecord> cases, bool withNames, CultureInfo culture)
    {
        if (cases.Count > MaxCases)
        {
            throw new ArgumentOutOfRangeException(nameof(cases), cases.Count, $"A workbook holds at most {MaxCases} cases.");
        }

        string T(string key) => Messages.Format(key, culture);
        var caseHeaders = new List<string> { T("XlsxCase") };
        if (withNames)
        {
            caseHeaders.Add(T("XlsxSubject"));
        }

        caseHeaders.AddRange([T("XlsxVersion"), T("XlsxStatus"), T("XlsxStarted"), T("XlsxEnded"), T("XlsxLeadHours"), T("XlsxCurrentStep")]);
        var stepHeaders = new List<string> { T("XlsxCase"), T("XlsxStep"), T("XlsxStepTitle"), T("XlsxEntered"), T("XlsxLeft"), T("XlsxHours"), T("XlsxOutcome"), T("XlsxOverdue") };
        if (withNames)
        {
            stepHeaders.Add(T("XlsxAssignee"));
        }

        var casesRows = cases.Count;
        var stepRows = cases.Sum(c => c.Visits.Count);
        using var skeleton = new MemoryStream(16 * 1024);
        string casesEntry, stepsEntry;
        using (var document = SpreadsheetDocument.Create(skeleton, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();

            // The data sheets without rows: their entries are replaced by the streamed sheets below.
            var casesSheet = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(casesSheet, caseHeaders, [], widths: 18);
            AddTable(casesSheet, 1, "Vorgaenge", caseHeaders, casesRows);
            var stepsSheet = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(stepsSheet, stepHeaders, [], widths: 18);
            AddTable(stepsSheet, 2, "Schritte", stepHeaders, stepRows);
            (casesEntry, stepsEntry) = (Entry(casesSheet), Entry(stepsSheet));

            var summary = workbook.AddNewPart<WorksheetPart>();
            WriteSummary(summary, figures, culture, casesSheetName: T("XlsxCasesSheet"), stepsSheetName: T("XlsxStepsSheet"), casesRows, stepRows, statusColumn: withNames ? "D" : "C", leadColumn: withNames ? "G" : "F");

            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Name = T("XlsxSummarySheet"), SheetId = 1, Id = workbook.GetIdOfPart(summary) },
                new Sheet { Name = T("XlsxCasesSheet"), SheetId = 2, Id = workbook.GetIdOfPart(casesSheet) },
                new Sheet { Name = T("XlsxStepsSheet"), SheetId = 3, Id = workbook.GetIdOfPart(stepsSheet) }));
            // Formulas carry no cached values: Excel and Calc compute them on opening.
            workbook.Workbook.AppendChild(new CalculationProperties { FullCalculationOnLoad = true });
            workbook.Workbook.Save();
        }

        skeleton.Position = 0;
        using var parts = new ZipArchive(skeleton, ZipArchiveMode.Read);
        using var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var part in parts.Entries)
        {
            using var to = package.CreateEntry(part.FullName, CompressionLevel.Fastest).Open();
            if (part.FullName == casesEntry)
            {
                WriteSheet(to, caseHeaders, cases.Select(c => CaseRow(c, withNames, culture)), widths: 18);
            }
            else if (part.FullName == stepsEntry)
            {
                var visits = cases.SelectMany(c => c.Visits.Select(v => (c.CaseId, Visit: v)));
                WriteSheet(to, stepHeaders, visits.Select(v => StepRow(v.CaseId, v.Visit, withNames, culture)), widths: 18);
            }
            else
            {
                using var from = part.Open();
                from.CopyTo(to);
            }
        }
    }

    /// <summary>
    /// The workbook as a file, whole or not at all: written beside <paramref name="path"/> and moved into place; nothing
    /// is left behind when writing fails.
    /// </summary>
    public static async Task WriteFileAsync(string path, ProcessFigures figures, IReadOnlyList<CaseRecord> cases, bool withNames, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var temporary = path + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                Write(file, figures, cases, withNames, culture);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// The workbook in a temporary file that deletes itself when the returned stream is closed, positioned at its start:
    /// for an HTTP answer (written whole before the first byte goes out, with its length).
    /// </summary>
    public static Stream WriteTemporary(ProcessFigures figures, IReadOnlyList<CaseRecord> cases, bool withNames, CultureInfo culture)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"wfteams-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            Write(file, figures, cases, withNames, culture);
            file.Position = 0;
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public static string FileName(ProcessFigures figures) => $"Vorgaenge-{figures.TemplateId}-{figures.Period.FirstMonth}-{figures.Period.LastMonth}.xlsx";

    private static IEnumerable<Cell> CaseRow(CaseRecord c, bool withNames, CultureInfo culture)
    {
        yield return Text(c.CaseId);
        if (withNames)
        {
            yield return Text(c.Subject ?? "");
        }

        yield return Number(c.Version);
        yield return Text(Messages.Format("XlsxStatus" + c.Status, culture));
        yield return Date(c.StartedAt);
        yield return c.EndedAt is { } ended ? Date(ended) : Text("");
        // A lead time is start to end of a finished case; a cancelled one has none.
        yield return c.EndedAt is { } end && c.Status == Runs.CaseStatus.Finished ? Hours(end - c.StartedAt) : Text("");
        yield return Text(c.CurrentStepTitle ?? "");
    }

    private static IEnumerable<Cell> StepRow(string caseId, StepVisit v, bool withNames, CultureInfo culture)
    {
        yield return Text(caseId);
        yield return Text(v.StepId);
        yield return Text(v.Title);
        yield return Date(v.Entered);
        yield return v.Left is { } left ? Date(left) : Text("");
        yield return v.Left is { } l ? Hours(l - v.Entered) : Text("");
        yield return Text(Messages.Format("XlsxOutcome" + v.Outcome, culture));
        yield return Text(Messages.Format(v.Overdue ? "XlsxYes" : "XlsxNo", culture));
        if (withNames)
        {
            yield return Text(v.Assignee ?? "");
        }
    }

    private static string Entry(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static void WriteSheet(WorksheetPart part, IReadOnlyList<string> headers, IEnumerable<IEnumerable<Cell>> rows, double widths)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        WriteSheet(stream, headers, rows, widths);
    }

    private static void WriteSheet(Stream stream, IReadOnlyList<string> headers, IEnumerable<IEnumerable<Cell>> rows, double widths)
    {
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        writer.WriteElement(new Column { Min = 1, Max = (uint)headers.Count, Width = widths, CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var header in headers)
        {
            writer.WriteElement(Text(header, HeaderStyle));
        }

        writer.WriteEndElement();
        uint index = 2;
        foreach (var row in rows)
        {
            writer.WriteStartElement(new Row { RowIndex = index++ });
            foreach (var cell in row)
            {
                writer.WriteElement(cell);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement(); // SheetData
        writer.WriteStartElement(new TableParts { Count = 1 });
        writer.WriteElement(new TablePart { Id = "rTable" });
        writer.WriteEndElement();
        writer.WriteEndElement(); // Worksheet
    }

    private static void AddTable(WorksheetPart sheet, uint id, string name, IReadOnlyList<string> headers, int rows)
    {
        var part = sheet.AddNewPart<TableDefinitionPart>("rTable");
        var reference = $"A1:{ColumnName(headers.Count)}{Math.Max(rows, 1) + 1}";
        part.Table = new Table(
            new AutoFilter { Reference = reference },
            new TableColumns(headers.Select((h, i) => new TableColumn { Id = (uint)(i + 1), Name = h })) { Count = (uint)headers.Count },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true })
        {
            Id = id,
            Name = name,
            DisplayName = name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }

    private static void WriteSummary(WorksheetPart part, ProcessFigures figures, CultureInfo culture, string casesSheetName, string stepsSheetName, int caseRows, int stepRows, string statusColumn, string leadColumn)
    {
        string T(string key, params object?[] args) => Messages.Format(key, culture, args);
        var cases = $"'{casesSheetName}'!";
        var steps = $"'{stepsSheetName}'!";
        var lastCase = Math.Max(caseRows, 1) + 1;
        var lastStep = Math.Max(stepRows, 1) + 1;
        var rows = new List<Cell[]>
        {
            new[] { Text(T("FiguresTitle", figures.Name), HeaderStyle) },
            new[] { Text(T("XlsxPeriod")), Text(figures.Period.ToString()) },
            new[] { Text(T("FiguresStarted")), Formula($"COUNTA({cases}A2:A{lastCase})") },
            new[] { Text(T("FiguresFinished")), Formula($"COUNTIF({cases}{statusColumn}2:{statusColumn}{lastCase},\"{T("XlsxStatusFinished")}\")") },
            new[] { Text(T("FiguresCancelled")), Formula($"COUNTIF({cases}{statusColumn}2:{statusColumn}{lastCase},\"{T("XlsxStatusCancelled")}\")") },
            new[] { Text(T("XlsxMedianLeadHours")), Formula($"IF(COUNT({cases}{leadColumn}2:{leadColumn}{lastCase})=0,\"\",MEDIAN({cases}{leadColumn}2:{leadColumn}{lastCase}))", HoursStyle) },
            new[] { Text(T("XlsxStep"), HeaderStyle), Text(T("XlsxStepTitle"), HeaderStyle), Text(T("XlsxVisits"), HeaderStyle), Text(T("XlsxMeanHours"), HeaderStyle), Text(T("XlsxOverdueCount"), HeaderStyle) },
        };
        var range = (string column) => $"{steps}{column}2:{column}{lastStep}";
        foreach (var step in figures.Steps.Take(1000))
        {
            var r = rows.Count + 1;
            rows.Add(
            [
                Text(step.StepId),
                Text(step.Title),
                Formula($"COUNTIF({range("B")},A{r})"),
                Formula($"IF(COUNTIFS({range("B")},A{r},{range("F")},\"<>\")=0,\"\",AVERAGEIF({range("B")},A{r},{range("F")}))", HoursStyle),
                Formula($"COUNTIFS({range("B")},A{r},{range("H")},\"{T("XlsxYes")}\")"),
            ]);
        }

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        writer.WriteElement(new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true });
        writer.WriteElement(new Column { Min = 2, Max = 5, Width = 20, CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        for (var i = 0; i < rows.Count; i++)
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)(i + 1) });
            foreach (var cell in rows[i])
            {
                writer.WriteElement(cell);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell Text(string text, uint? style = null) => new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell Number(double value, uint? style = null) => new(new CellValue(value)) { DataType = CellValues.Number, StyleIndex = style };

    private static Cell Date(DateTimeOffset at) => Number(Runs.CaseTime.Local(at).DateTime.ToOADate(), DateStyle);

    private static Cell Hours(TimeSpan duration) => Number(Math.Round(duration.TotalHours, 2), HoursStyle);

    private static Cell Formula(string formula, uint? style = null) => new(new CellFormula(formula)) { StyleIndex = style };

    /// <summary>XML 1.0 cannot hold control characters; a cell must not exceed 32,767 characters.</summary>
    private static string Clean(string text)
    {
        var clean = new string([.. text.Where(c => c >= 0x20 || c is '\t' or '\n')]);
        return clean.Length <= 32_767 ? clean : clean[..32_767];
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 4 });
}

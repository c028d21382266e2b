using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>The bullet list of the profile's list style, added beside whatever numbering a corporate design brings.</summary>
internal static class ListNumbering
{
    public static int Add(Numbering numbering)
    {
        var abstractId = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var numId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;

        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "357", Hanging = "357" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", Hint = FontTypeHintValues.Default }))
            { LevelIndex = 0 })
        { AbstractNumberId = abstractId };

        // Every abstractNum must come before the first num.
        var firstNum = numbering.Elements<NumberingInstance>().FirstOrDefault();
        if (firstNum is null)
        {
            numbering.Append(abstractNum);
        }
        else
        {
            numbering.InsertBefore(abstractNum, firstNum);
        }

        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (numbering.Elements<NumberingInstance>().LastOrDefault() is { } lastNum)
        {
            numbering.InsertAfter(num, lastNum);
        }
        else if (numbering.GetFirstChild<NumberingIdMacAtCleanup>() is { } cleanup)
        {
            numbering.InsertBefore(num, cleanup);
        }
        else
        {
            numbering.Append(num);
        }

        return numId;
    }
}

using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Insights;

/// <summary>
/// Six cases of <see cref="InsightFixture"/> at known moments, whose figures are computed by hand in
/// <see cref="ProcessFiguresTests"/>: a loop with a step reassigned twice and a skip (A), a straight run (B),
/// no site found (C), a cancellation (D), an open case that went back (E), a case just started (F).
/// </summary>
internal static class InsightCaseSet
{
    /// <summary>Monday, 2 March 2026, 09:00 in Berlin.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Now = T0 + H(200);

    public static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    public static async Task<List<CaseScript>> WalkAsync(ICaseDriver driver, string tenant)
    {
        var id = InsightFixture.Id;
        var a = await CaseScript.StartAsync(driver, tenant, id, T0, "A GmbH");
        await a.CompleteAsync(H(2), null, ("arbeitsplaetze", "40"));
        await a.AssignAsync(H(1), CaseFactory.Ben);
        await a.AssignAsync(H(2), new Actor("29:clara", "Clara Weber"));
        await a.AssignAsync(H(2), CaseFactory.Anna);
        await a.CompleteAsync(H(25), "gefunden");
        await a.CompleteAsync(H(10), "andere");
        await a.CompleteAsync(H(5), "gefunden");
        await a.CompleteAsync(H(60), "ja");
        await a.CompleteAsync(H(24), null, ("vertrag-am", "2026-03-08"));
        await a.SkipAsync(H(1), "Unternehmen betreut sich selbst");

        var b = await CaseScript.StartAsync(driver, tenant, id, T0 + H(1), "B AG");
        await b.CompleteAsync(H(1), null, ("arbeitsplaetze", "20"));
        await b.CompleteAsync(H(10), "gefunden");
        await b.CompleteAsync(H(20), "ja");
        await b.CompleteAsync(H(48), null, ("vertrag-am", "2026-03-05"));
        await b.CompleteAsync(H(3));

        var c = await CaseScript.StartAsync(driver, tenant, id, T0 + H(2), "C KG");
        await c.CompleteAsync(H(3), null, ("arbeitsplaetze", "10"));
        await c.CompleteAsync(H(50), "nein");

        var d = await CaseScript.StartAsync(driver, tenant, id, T0 + H(3), "D OHG");
        await d.CompleteAsync(H(1));
        await d.CancelAsync(H(5), "Unternehmen hat abgesagt");

        var e = await CaseScript.StartAsync(driver, tenant, id, T0 + H(4), "E eG");
        await e.CompleteAsync(H(2));
        await e.BackAsync(H(2));
        await e.CompleteAsync(H(1));

        var f = await CaseScript.StartAsync(driver, tenant, id, T0 + H(10), "F UG");
        return [a, b, c, d, e, f];
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// The figures a Prozesssteckbrief shows in its KPIs' "Ist" column: the last 12 months of the process, read in one
/// query beside the head row (not after it) and kept <see cref="Fresh"/> per tenant and process, so a repeated request
/// reads nothing more than before. <see cref="ProfileActuals.Stamp"/> is what the column shows depends on — the date
/// ("Stand") and the captured-field tallies the KPIs are measured from — and goes into the ETag, so the ETag changes
/// exactly when the figures shown would.
/// </summary>
public sealed class ProfileFigures(InsightStore insights, TimeProvider time) : IDisposable
{
    public const int Months = 12;

    /// <summary>How long figures read once serve further profiles; as long as a browser keeps the current profile.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(ProfileApi.CurrentVersionMaxAge);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The figures of the process, or null when no case of it started, ended or was cancelled in the last 12 months.</summary>
    public async Task<ProfileActuals?> GetAsync(TenantId tenant, string templateId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var period = FigurePeriod.LastMonths(Months, now);
        var key = string.Concat(tenant.Value, "\u001f", templateId, "\u001f", period.FirstMonth);
        // Expiry by our clock (the cache's own would not follow a test's), and dropped by the cache after a while anyway.
        if (_cache.TryGetValue(key, out (ProfileActuals? Actuals, DateTimeOffset ReadAt) kept) && now - kept.ReadAt < Fresh && now >= kept.ReadAt)
        {
            return kept.Actuals;
        }

        var book = await insights.ReadBookAsync(tenant, templateId, period.FirstMonth, cancellationToken);
        var actuals = ProfileActuals.Of(book, period, now);
        using var entry = _cache.CreateEntry(key);
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = Fresh * 10;
        entry.Value = (actuals, now);
        return actuals;
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>A process's figure rows as read for profiles, the period and moment they stand for, and the stamp for the ETag.</summary>
public sealed record ProfileActuals(FigureBook Book, FigurePeriod Period, DateTimeOffset At, string Stamp)
{
    /// <summary>The figures with <paramref name="template"/>'s KPIs (the version the profile shows).</summary>
    public ProcessFigures For(ProcessTemplate template) => Book.Figures(template, Period, At);

    public static ProfileActuals? Of(FigureBook book, FigurePeriod period, DateTimeOffset now)
    {
        var merged = new FigureAggregate();
        foreach (var (key, row) in book.Rows)
        {
            if (InsightRows.IsMonthKey(key) && period.Contains(InsightRows.MonthOf(key)))
            {
                merged.Merge(row);
            }
        }

        if (merged.Started == 0 && merged.Finished == 0 && merged.Cancelled == 0)
        {
            return null;
        }

        var day = CaseTime.Local(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ProfileActuals(book, period, now, $"{day}|{period}|{JsonSerializer.Serialize(merged.Fields)}");
    }
}

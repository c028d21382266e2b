using System.Globalization;
using WfTeams.Core.Capture;

namespace WfTeams.Core.Chat;

/// <summary>Where the host offers a draft's Prozesssteckbrief (.docx) for download: a signed link, like the case report's.</summary>
public interface IDraftProfileLinks
{
    Uri? For(string tenant, Draft draft, CultureInfo culture);
}

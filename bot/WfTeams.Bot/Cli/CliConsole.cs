using System.Globalization;
using Azure.Data.Tables;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Hosting;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary>
/// What every command shares: where it writes, in which language, the configuration (each section
/// bound once), and one Table storage client, made when a command first needs it.
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error, CultureInfo culture, IConfiguration configuration)
{
    private readonly Lazy<TableServiceClient> _tables = new(() => Bind<StorageOptions>(configuration, "Storage").CreateServiceClient());

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public CultureInfo Culture { get; } = culture;

    public IConfiguration Configuration { get; } = configuration;

    public BotOptions Bot { get; } = Bind<BotOptions>(configuration, "Bot");

    public CorporateDesignOptions Design { get; } = Bind<CorporateDesignOptions>(configuration, "Profile");

    public TableServiceClient Tables => _tables.Value;

    public TemplateStore Templates => new(_tables.Value);

    public string Text(string key, params object?[] args) => Messages.Format(key, Culture, args);

    /// <summary>The <c>--tenant</c> option, else <c>Bot:TenantId</c>, else "development".</summary>
    /// <exception cref="ArgumentException">Not a tenant id: <see cref="CommandLine"/> answers it as wrong usage.</exception>
    public TenantId Tenant(string? option) => option is null ? Tenancy.Of(Bot) : new TenantId(option);

    /// <summary>Every error as <c>file: $.json.path: message</c>, one a line.</summary>
    public async Task ReportAsync(string path, IReadOnlyList<TemplateError> errors)
    {
        foreach (var error in errors)
        {
            await Error.WriteLineAsync($"{path}: {error.Path}: {error.Message(Culture)}");
        }
    }

    /// <summary>Written beside the target and moved over it, so a reader never sees half a file.</summary>
    public static async Task WriteWholeAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}

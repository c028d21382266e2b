using WfTeams.Bot.Cli;

// No verb (or only host options such as --urls): serve, so `dotnet run` and test hosts start the web host.
return await CommandLine.RunAsync(args);

/// <summary>The entry point, named for WebApplicationFactory.</summary>
public partial class Program;

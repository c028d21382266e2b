using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/WfTeams.Bench -- --filter '*'   (results: BENCHMARKS.md)
// dotnet run -c Release --project bench/WfTeams.Bench -- profile-timing [--rounds 15] [--anchor]   (ProfileTiming; --anchor: docxtemplater, needs npm ci)
// dotnet run -c Release --project bench/WfTeams.Bench -- cases-load [--cases 50] [--seconds 20] [--racers 1] [--rate N] [--projector]
if (args.Length > 0 && args[0] == "cases-load")
{
    return await WfTeams.Bench.CaseLoad.RunAsync(args);
}

if (args.Length > 0 && args[0] == "profile-timing")
{
    return await WfTeams.Bench.ProfileTiming.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;

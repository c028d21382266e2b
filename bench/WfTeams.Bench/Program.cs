using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/WfTeams.Bench -- --filter '*'   (results: BENCHMARKS.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;

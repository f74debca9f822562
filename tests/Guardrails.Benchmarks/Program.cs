using BenchmarkDotNet.Running;
using Guardrails.Benchmarks;

// Run everything: dotnet run -c Release --project tests/Guardrails.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());

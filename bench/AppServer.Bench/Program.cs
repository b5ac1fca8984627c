using AppServer.Bench;

// Usage: dotnet run -c Release --project bench/AppServer.Bench -- <benchmark|all> [args]
var benchmarks = BenchmarkRegistry.All;
var name = args.FirstOrDefault() ?? "all";
if (name == "all")
{
    foreach (var (key, run) in benchmarks)
    {
        Console.WriteLine($"== {key}");
        await run(args.Skip(1).ToArray());
    }

    return 0;
}

if (!benchmarks.TryGetValue(name, out var benchmark))
{
    Console.Error.WriteLine($"unknown benchmark `{name}`; known: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}

await benchmark(args.Skip(1).ToArray());
return 0;

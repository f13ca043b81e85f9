using ConfigLint.Corpus;

// Writes a realistic mixed repository (Terraform modules, Compose projects with env files, Kubernetes
// manifests) of about the requested number of files, deterministically from the seed.
//   dotnet run --project benchmarks/corpus -c Release -- --files 1000 --seed 42 --out /tmp/corpus-1000
var files = 1000;
var seed = 42;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--files": files = int.Parse(args[++i]); break;
        case "--seed": seed = int.Parse(args[++i]); break;
        case "--out": output = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: --files N --seed S --out DIR");
            return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("--out DIR is required");
    return 2;
}

var written = new CorpusWriter(seed, output).Write(files);
Console.WriteLine($"wrote {written.Files} files, {written.Bytes:N0} bytes to {output}");
return 0;

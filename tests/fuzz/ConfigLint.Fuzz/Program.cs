using ConfigLint.Fuzz;
using SharpFuzz;

// Usage:
//   ConfigLint.Fuzz TARGET            run under afl-fuzz (reads inputs from AFL++)
//   ConfigLint.Fuzz TARGET FILE...    replay inputs once each, e.g. a crash AFL++ found
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: ConfigLint.Fuzz {string.Join('|', FuzzTargets.Names)} [FILE...]");
    return 2;
}

var target = args[0];
if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        FuzzTargets.Run(target, File.ReadAllBytes(file));
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;

using ConfigLint.Rules.Aws.Rds;

namespace ConfigLint.Cli.Commands;

/// <summary>
/// <c>configlint data update-rds FILE</c> and <c>configlint data update-rds-parameters FAMILY FILE</c>: turn
/// <c>describe-db-engine-versions</c> and <c>describe-engine-default-parameters</c> output into the files the RDS rules read.
/// </summary>
public static class DataCommand
{
    /// <summary>Where <c>update-rds</c> writes unless told otherwise, relative to the current directory.</summary>
    public const string DefaultRdsOutput = ".configlint/rds-engine-versions.json";

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, new HashSet<string> { "--output", "--region", "--retrieved" }, new HashSet<string> { "--help", "--cluster" });
        if (reader.Has("--help") || reader.Positionals.Count == 0)
        {
            context.Out.Write(HelpText.Data);
            return reader.Has("--help") ? ExitCodes.Success : ExitCodes.UsageError;
        }

        if (reader.Positionals[0] == "update-rds-parameters")
        {
            return UpdateParameters(reader, context);
        }

        if (reader.Positionals[0] != "update-rds")
        {
            throw new UsageException($"unknown data command '{reader.Positionals[0]}'; expected update-rds or update-rds-parameters");
        }

        if (reader.Positionals.Count != 2)
        {
            throw new UsageException("update-rds takes one FILE: the output of 'aws rds describe-db-engine-versions --include-all --output json'");
        }

        var input = reader.Positionals[1];
        var inputPath = Path.GetFullPath(Path.Combine(context.CurrentDirectory, input));
        string json;
        try
        {
            json = File.ReadAllText(inputPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{input}': {exception.Message}");
        }

        RdsEngineVersionCatalog catalog;
        try
        {
            catalog = RdsEngineVersionCatalog.Parse(json, input);
        }
        catch (FormatException exception)
        {
            throw new UsageException($"'{input}' {exception.Message}");
        }

        var retrieved = reader.Get("--retrieved") ?? DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var output = reader.Get("--output") ?? DefaultRdsOutput;
        var outputPath = Path.GetFullPath(Path.Combine(context.CurrentDirectory, output));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllText(outputPath, catalog.ToJson($"aws rds describe-db-engine-versions ({input})", retrieved, reader.Get("--region")));

        context.Out.WriteLine($"wrote {output}:");
        foreach (var engine in catalog.Engines)
        {
            var versions = catalog.Versions(engine);
            var offered = versions.Count(v => v.IsOffered);
            context.Out.WriteLine($"  {engine}: {versions.Length} versions, {offered} offered for new databases");
        }

        if (!catalog.Engines.Any(e => catalog.Versions(e).Any(v => v.Status == RdsVersionStatus.Deprecated)))
        {
            context.Out.WriteLine("note: no version is marked deprecated; run describe-db-engine-versions with --include-all so the rules can tell deprecated versions from ones RDS never had");
        }

        context.Out.WriteLine();
        context.Out.WriteLine("Point the RDS engine version rule at it in .configlint.yaml (the path is relative to the workspace root):");
        context.Out.WriteLine("  rules:");
        context.Out.WriteLine("    CL2011:");
        context.Out.WriteLine("      options:");
        context.Out.WriteLine($"        engine-versions: {output.Replace('\\', '/')}");
        return ExitCodes.Success;
    }

    // update-rds-parameters FAMILY FILE: one family's whole listing, written where the parameter rules look for it.
    private static int UpdateParameters(ArgumentReader reader, CliContext context)
    {
        if (reader.Positionals.Count != 3)
        {
            throw new UsageException("update-rds-parameters takes FAMILY and FILE: the output of 'aws rds describe-engine-default-parameters --db-parameter-group-family FAMILY --output json'");
        }

        var family = reader.Positionals[1];
        var input = reader.Positionals[2];
        var cluster = reader.Has("--cluster");
        string json;
        try
        {
            json = File.ReadAllText(Path.GetFullPath(Path.Combine(context.CurrentDirectory, input)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{input}': {exception.Message}");
        }

        RdsParameterFamily listing;
        try
        {
            listing = RdsParameterCatalog.ParseListing(json, family, input);
        }
        catch (FormatException exception)
        {
            throw new UsageException($"'{input}' {exception.Message}");
        }

        var retrieved = reader.Get("--retrieved") ?? DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var command = cluster ? "describe-engine-default-cluster-parameters" : "describe-engine-default-parameters";
        var region = reader.Get("--region") is { } name ? $" in {name}" : string.Empty;
        var directory = reader.Get("--output") ?? RdsParameterCatalog.DefaultUserDirectory;
        var output = Path.Combine(directory, RdsParameterCatalog.ListingFileName(family, cluster));
        var outputPath = Path.GetFullPath(Path.Combine(context.CurrentDirectory, output));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllText(outputPath, RdsParameterCatalog.ToJson(listing, cluster, $"aws rds {command} --db-parameter-group-family {family}{region} ({input})", retrieved));

        var parameters = listing.Parameters.Values;
        context.Out.WriteLine($"wrote {output.Replace('\\', '/')}:");
        context.Out.WriteLine($"  {family}{(cluster ? " (DB cluster parameter group)" : string.Empty)}: {parameters.Length} parameters, {parameters.Count(p => p.ApplyType == RdsApplyType.Static)} static, {parameters.Count(p => p.IsModifiable == false)} not modifiable");
        context.Out.WriteLine();
        context.Out.WriteLine("The RDS parameter rules (CL2012, CL2013, CL2016) now treat this listing as complete for the family: a name it lacks is reported as an error.");
        if (reader.Get("--output") is not null)
        {
            context.Out.WriteLine("Point them at the directory in .configlint.yaml (relative to the workspace root):");
            context.Out.WriteLine("  rules:");
            context.Out.WriteLine("    CL2012:");
            context.Out.WriteLine("      options:");
            context.Out.WriteLine($"        rds-parameters: {directory.Replace('\\', '/')}");
        }

        return ExitCodes.Success;
    }
}

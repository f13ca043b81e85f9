using ConfigLint.Configuration;

namespace ConfigLint.Cli.Commands;

/// <summary><c>configlint init</c>: writes a commented starter configuration.</summary>
public static class InitCommand
{
    private const string Template = """
        # ConfigLint configuration. Every key is optional; delete what you do not need.
        # Documentation: https://github.com/configlint/configlint#configuration

        # Only analyze files matching these globs (relative to this file). Default: everything.
        # include:
        #   - infra/**
        #   - deploy/**

        # Skip files matching these globs. .gitignore, .git/, .terraform/ and node_modules/ are always skipped.
        exclude: []

        # Rule severities by id or name: error, warning, note or off.
        rules:
          # dotenv-unordered-keys: note      # opt-in rule
          # CL5004: off                      # allow lowercase env keys

        # Terraform variable files applied after terraform.tfvars and *.auto.tfvars.
        # terraform:
        #   var-files:
        #     - env/production.tfvars

        # Files larger than this (bytes) are reported as unreadable instead of analyzed.
        # max-file-size: 8388608

        # Files with a longer line than this (characters) are reported as unreadable instead of analyzed.
        # max-line-length: 1048576

        """;

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, new HashSet<string>(), new HashSet<string> { "--force", "--help" });
        if (reader.Has("--help"))
        {
            context.Out.Write(HelpText.Init);
            return ExitCodes.Success;
        }

        if (reader.Positionals.Count > 0)
        {
            throw new UsageException("init takes no paths; run it in the directory that should hold .configlint.yaml");
        }

        var path = Path.Combine(context.CurrentDirectory, ConfigurationLoader.FileNames[0]);
        if (File.Exists(path) && !reader.Has("--force"))
        {
            throw new UsageException($"'{path}' already exists; use --force to overwrite it");
        }

        File.WriteAllText(path, Template);
        context.Out.WriteLine($"Wrote {path}");
        return ExitCodes.Success;
    }
}

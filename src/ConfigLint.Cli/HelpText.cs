namespace ConfigLint.Cli;

/// <summary>The help pages.</summary>
public static class HelpText
{
    /// <summary>Top-level help.</summary>
    public const string Main = """
        configlint - find mistakes in Terraform, Docker Compose, Kubernetes and dotenv files before deploy

        Usage:
          configlint lint [PATH...] [options]    analyze files, directories or globs (default: .)
          configlint rules [ID|NAME]             list the rules, or show one rule's documentation
          configlint parse FILE... --format F    print the syntax tree (tree) or HCL as JSON (hcl2json)
          configlint init [--force]              write a commented .configlint.yaml here
          configlint data update-rds FILE        refresh the RDS engine versions from AWS CLI output
          configlint data update-rds-parameters FAMILY FILE
                                                 refresh one RDS parameter group family from AWS CLI output
          configlint --version                   print the version
          configlint help [COMMAND]              show help for a command

        Exit codes: 0 no findings at or above the fail level, 1 findings, 2 usage or configuration error,
        3 internal error.

        """;

    /// <summary>Help for <c>lint</c>.</summary>
    public const string Lint = """
        configlint lint [PATH...] [options]

        Analyzes the files under each PATH (files, directories or globs; default: the current directory).
        A named file brings its neighbours in as context (the rest of its Terraform module, its env file
        variants) but only the named files are reported, unless --all is given.

        Options:
          --format FORMAT        text (default), sarif, json, github, msbuild
          --output FILE          write the report to FILE instead of standard output
          --fail-level LEVEL     exit 1 when a finding is at or above LEVEL: error, warning (default), note
          --fix                  apply safe fixes, then report what is left
          --unsafe-fixes         with --fix, also apply fixes that may change behaviour
          --config FILE          use this configuration file instead of looking for .configlint.yaml
          --all                  report findings in context files too
          --jobs N               analyze with N threads (default: one per core)
          --var-file FILE        Terraform variable file to apply (repeatable)
          --var NAME=VALUE       Terraform variable value (repeatable)
          --provider-schema FILE output of 'terraform providers schema -json' to check resources against,
                                 replacing the built-in catalog of each provider it describes (repeatable)
          --color WHEN           auto (default), always, never
          --automation-id ID     SARIF automationDetails.id (default: configlint/)
          --baseline FILE        do not count findings recorded in FILE (matched by fingerprint)
          --write-baseline FILE  record the current findings in FILE and exit 0

        Suppress a finding with a comment on the line above it:
          # configlint-disable-next-line CL5001 -- reason
        or for a whole file:
          # configlint-disable-file CL5004

        """;

    /// <summary>Help for <c>rules</c>.</summary>
    public const string Rules = """
        configlint rules [ID|NAME] [--format text|markdown]

        Without an argument, lists every rule with its id, name, default severity and title.
        With a rule id or name, prints the rule's documentation.

        """;

    /// <summary>Help for <c>parse</c>.</summary>
    public const string Parse = """
        configlint parse FILE... [--format tree|hcl2json]

        tree      the syntax tree of each file, with spans (default)
        hcl2json  Terraform/HCL files as JSON in the hcl2json shape; with several files, one JSON object
                  per line: {"file": ..., "result": ..., "diagnostics": [...]}

        """;

    /// <summary>Help for <c>init</c>.</summary>
    public const string Init = """
        configlint init [--force]

        Writes a commented .configlint.yaml in the current directory. Refuses to overwrite an existing
        file unless --force is given.

        """;

    /// <summary>Help for <c>data</c>.</summary>
    public const string Data = """
        configlint data update-rds FILE [--output FILE] [--region NAME] [--retrieved YYYY-MM-DD]

        Reads the output of

          aws rds describe-db-engine-versions --include-all --output json > versions.json

        (all engines, or several --engine runs appended to one file) and writes the engine versions in the
        form the RDS engine version rule (CL2011) reads, by default to .configlint/rds-engine-versions.json.
        Versions with Status "deprecated" are known but not offered for new databases. Point the rule at the
        file with rules: CL2011: options: engine-versions: PATH in .configlint.yaml; it replaces the built-in
        versions of the engines it lists. --region and --retrieved are recorded in the file (the date defaults
        to today).

        configlint data update-rds-parameters FAMILY FILE [--cluster] [--output DIR] [--region NAME]
                                                          [--retrieved YYYY-MM-DD]

        Reads the output of

          aws rds describe-engine-default-parameters --db-parameter-group-family postgres16 --output json > pg16.json

        (or describe-db-parameters of a group of that family; with --cluster, describe-engine-default-cluster-parameters
        or describe-db-cluster-parameters, for aws_rds_cluster_parameter_group) and writes the family's whole parameter
        listing to DIR/FAMILY.json (FAMILY.cluster.json with --cluster), DIR defaulting to .configlint/rds-parameters,
        where the RDS parameter rules (CL2012, CL2013, CL2016) look. The listing replaces the built-in curated data of
        that family and is taken as complete: a parameter name it lacks is an error. With another DIR, point the rules
        at it with rules: CL2012: options: rds-parameters: DIR in .configlint.yaml.

        """;

    /// <summary>Help for a command by name.</summary>
    public static string For(string command) => command switch
    {
        "lint" => Lint,
        "rules" => Rules,
        "parse" => Parse,
        "init" => Init,
        "data" => Data,
        _ => throw new UsageException($"no help for '{command}'; commands are lint, rules, parse, init and data"),
    };
}

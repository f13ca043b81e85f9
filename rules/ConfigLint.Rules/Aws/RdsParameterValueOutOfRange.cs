using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Rds;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds RDS parameter values outside what the family allows, e.g. <c>effective_cache_size</c> above 2147483647.</summary>
public sealed class RdsParameterValueOutOfRange : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2013",
        name: "aws-rds-parameter-value-out-of-range",
        title: "RDS parameter value outside its allowed values",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates the `value` of every `parameter` block of `aws_db_parameter_group` and
            `aws_rds_cluster_parameter_group` (through variables, locals, tfvars, `for_each` and `dynamic "parameter"`)
            and checks it against the parameter's `AllowedValues` for the group's `family`: a number must lie in one of
            the ranges (`1-2147483647`, in the parameter's unit: `effective_cache_size` counts 8 kB pages, `work_mem`
            kB, `statement_timeout` ms), a word must be one of the listed values (`log_statement`: `none`, `ddl`,
            `mod`, `all`; compared without regard to case), each item of a list parameter likewise.

            Values RDS evaluates itself are accepted as they are: formulas and functions such as
            `{DBInstanceClassMemory*3/4}` or `GREATEST({DBInstanceClassMemory/9531392},5000)` are not evaluated. Numbers
            written with a unit (`256MB`) are not checked, nor are boolean parameters written as `on`/`off`/`true`/
            `false`. The data is the one CL2012 describes; the built-in ranges are AWS's or the engine's own bounds,
            never narrower than what RDS accepts.

            ## Why is this bad?
            `apply` fails with `InvalidParameterValue: Value: 4294967296 is outside of range 1-2147483647 for parameter:
            effective_cache_size`, or with "Invalid parameter value: verbose for: log_statement allowed values are:
            none,ddl,mod,all".

            ## Example
            ```hcl
            parameter {
              name  = "effective_cache_size"
              value = "4294967296" # meant as bytes; the unit is 8 kB pages
            }
            ```

            ## Use instead
            ```hcl
            parameter {
              name  = "effective_cache_size"
              value = "{DBInstanceClassMemory*3/32768}" # three quarters of memory, in 8 kB pages
            }
            ```
            """,
        tags: ["terraform", "aws", "rds"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, RdsParameterSettings.ResourceTypes);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, data) in RdsParameterSettings.Of(node, RdsParameterSources.For(context.Options, Rule.Id)))
        {
            if (data?.Find(setting.Name) is not { AllowedValues: { } allowed } parameter
                || setting.ValueText is not { } value || setting.ValueAttribute is not { } attribute
                || Problem(parameter, allowed, value.Trim()) is not { } problem)
            {
                continue;
            }

            var message = $"{setting.Name} = \"{value}\" is {problem} for {setting.Family}, so apply fails with \"InvalidParameterValue\" for {setting.Name}; {Advice(parameter, allowed)}";
            if (reported.Add(attribute.Location + message))
            {
                context.ReportDiagnostic(ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), setting.Value!, "the value"));
            }
        }
    }

    // Why RDS rejects the value, or null when it accepts it or the value is not one ConfigLint can judge.
    private static string? Problem(RdsParameter parameter, RdsAllowedValues allowed, string value)
    {
        if (value.Length == 0 || RdsParameterSettings.IsFormula(value))
        {
            return null;
        }

        if (parameter.DataType == "boolean")
        {
            return value is "0" or "1" || allowed.AllowsLiteral(value) || IsBooleanWord(value) ? null : "not a boolean (0 or 1)";
        }

        if (!allowed.Ranges.IsEmpty)
        {
            if (!RdsAllowedValues.TryNumber(value, out var number))
            {
                // A unit suffix or an expression RDS may accept: not judged.
                return null;
            }

            if (allowed.AllowsNumber(number, value))
            {
                return null;
            }

            var min = allowed.Ranges.Min(r => r.Min);
            var max = allowed.Ranges.Max(r => r.Max);
            return number > max ? $"above the maximum {RdsAllowedValues.Format(max)}"
                : number < min ? $"below the minimum {RdsAllowedValues.Format(min)}"
                : "between the allowed ranges";
        }

        if (allowed.Literals.IsEmpty)
        {
            return null;
        }

        if (parameter.DataType == "list")
        {
            foreach (var item in value.Split(','))
            {
                var trimmed = item.Trim();
                if (trimmed.Length > 0 && !allowed.AllowsLiteral(trimmed))
                {
                    return $"not allowed: '{trimmed}' is not one of its values";
                }
            }

            return null;
        }

        return allowed.AllowsLiteral(value) ? null : "not one of its values";
    }

    private static bool IsBooleanWord(string value) =>
        value.Equals("on", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase)
        || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static string Advice(RdsParameter parameter, RdsAllowedValues allowed)
    {
        if (allowed.Ranges.IsEmpty)
        {
            return $"use {(parameter.DataType == "list" ? "a comma-separated list of" : "one of")} {string.Join(", ", allowed.Literals)}";
        }

        var unit = parameter.Unit is { } written ? $", counted in {written}" : string.Empty;
        return $"use a value in {allowed.Text}{unit}, or an RDS formula such as {{DBInstanceClassMemory/...}}";
    }
}

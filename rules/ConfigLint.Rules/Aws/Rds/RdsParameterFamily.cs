using System.Collections.Frozen;

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>The parameters ConfigLint knows for one DB parameter group family (<c>postgres16</c>, <c>mysql8.0</c>).</summary>
public sealed class RdsParameterFamily
{
    internal RdsParameterFamily(string family, IEnumerable<RdsParameter> parameters, bool isComplete, string source, string? retrieved)
    {
        Family = family;
        IsComplete = isComplete;
        Source = source;
        Retrieved = retrieved;
        var byName = new Dictionary<string, RdsParameter>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            byName[parameter.Name] = parameter;
        }

        Parameters = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The family name.</summary>
    public string Family { get; }

    /// <summary>
    /// True when the parameters came from a whole <c>describe-engine-default-parameters</c> listing, so a name that is
    /// not among them is not a parameter of the family; false for ConfigLint's curated subset.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>Where the parameters came from.</summary>
    public string Source { get; }

    /// <summary>When they were retrieved (ISO date), when known.</summary>
    public string? Retrieved { get; }

    /// <summary>The parameters by name.</summary>
    public FrozenDictionary<string, RdsParameter> Parameters { get; }

    /// <summary>The parameter of that exact name, or null.</summary>
    public RdsParameter? Find(string name) => Parameters.GetValueOrDefault(name);
}

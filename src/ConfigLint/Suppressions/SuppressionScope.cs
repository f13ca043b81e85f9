namespace ConfigLint.Suppressions;

/// <summary>What a suppression comment covers.</summary>
public enum SuppressionScope
{
    /// <summary><c>configlint-disable-next-line</c>: the next line that is not itself a suppression comment.</summary>
    NextLine,

    /// <summary><c>configlint-disable-file</c>: the whole file.</summary>
    File,
}

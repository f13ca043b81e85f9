namespace ConfigLint.Analysis;

/// <summary>One registered callback and the analyzer that owns it.</summary>
internal readonly record struct Registration<TContext>(ConfigAnalyzer Analyzer, Action<TContext> Action);

using ConfigLint.Analysis;
using ConfigLint.Rules.Consistency;
using ConfigLint.Rules.Dotenv;
using ConfigLint.Rules.Secrets;
using ConfigLint.Rules.Terraform;

namespace ConfigLint.Rules;

/// <summary>Every built-in analyzer, listed explicitly so NativeAOT needs no reflection to find them.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>Creates one instance of each built-in analyzer.</summary>
    public static IReadOnlyList<ConfigAnalyzer> Create() =>
    [
        // Terraform language (CL1xxx)
        new UndeclaredReference(),
        new UndeclaredModuleOutput(),
        new DependencyCycle(),
        new BlockLabels(),
        new DuplicateDeclaration(),
        new InvalidBlockContent(),
        new UnusedVariable(),
        new UnusedLocal(),
        new MissingModuleInput(),
        new UnknownModuleInput(),
        new DeprecatedBackendArgument(),
        new ProviderWithoutVersion(),
        new CountAndForEach(),

        // Dotenv (CL5xxx)
        new DuplicateKey(),
        new MalformedLine(),
        new InvalidKey(),
        new LowercaseKey(),
        new SpaceAroundEquals(),
        new UnquotedSpecialValue(),
        new UnbalancedQuotes(),
        new UndefinedReference(),
        new TrailingWhitespace(),
        new MissingFinalNewline(),
        new UnorderedKeys(),

        // Cross-file consistency (CL6xxx)
        new EnvFileDrift(),

        // Secrets (CL7xxx)
        new HardcodedCredential(),
        new HighEntropySecret(),
    ];
}

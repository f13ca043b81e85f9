using ConfigLint.Analysis;
using ConfigLint.Rules.Aws;
using ConfigLint.Rules.Compose;
using ConfigLint.Rules.Consistency;
using ConfigLint.Rules.Dotenv;
using ConfigLint.Rules.Kubernetes;
using ConfigLint.Rules.Secrets;
using ConfigLint.Rules.Terraform;

namespace ConfigLint.Rules;

/// <summary>Every built-in analyzer, listed explicitly so NativeAOT needs no reflection to find them.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>Creates one instance of each built-in analyzer.</summary>
    public static IReadOnlyList<ConfigAnalyzer> Create() =>
    [
        // Kubernetes (CL3xxx)
        new GenericImageWithoutCommand(),
        new UnpinnedContainerImage(),
        new MissingProbes(),
        new MissingResources(),
        new PrivilegedContainer(),
        new RunsAsRoot(),
        new HostNamespace(),
        new HostPathVolume(),
        new ServiceSelectsNothing(),
        new UnknownTargetPort(),
        new MissingConfigKey(),
        new SecretLiteralValue(),
        new LocalhostAddress(),

        // Compose (CL4xxx)
        new InvalidPort(),
        new DuplicateHostPort(),
        new PortEnvironmentMismatch(),
        new MissingEnvFile(),
        new UndefinedVariable(),
        new UnknownDependency(),
        new UnpinnedServiceImage(),
        new PrivilegedService(),
        new HostNetwork(),
        new DockerSocketMount(),
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

        // Terraform AWS (CL2xxx)
        new UnknownArgument(),
        new MissingRequiredArgument(),
        new DeprecatedArgument(),
        new BlockAttributeMismatch(),
        new UnknownResourceType(),
        new ConflictingArguments(),
        new S3LifecycleRuleWithoutFilter(),
        new RdsEngineVersionNotOffered(),
        new RdsUnknownParameter(),
        new RdsParameterValueOutOfRange(),
        new RdsLogStatementAll(),
        new RdsInvalidStorage(),
        new RdsStaticParameterWithoutPendingReboot(),
        new MissingInternetGatewayDependency(),
        new SubnetOutsideVpc(),
        new OverlappingSubnets(),
        new AvailabilityZoneOutsideRegion(),
        new OpenIngressToSensitivePort(),
        new S3BucketWithoutPublicAccessBlock(),
        new KeyPairMalformedPublicKey(),
        new RdsStorageNotEncrypted(),
        new RdsPubliclyAccessible(),
        new PrivateSubnetRoutesToInternetGateway(),
        new DuplicateSecurityGroupRule(),
        new HardcodedAvailabilityZone(),
        new ProductionDatabaseUnprotected(),

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
        new ImageTagDrift(),
        new PortDrift(),
        new EndpointDrift(),
        new VariableDefinedNowhere(),

        // Secrets (CL7xxx)
        new HardcodedCredential(),
        new HighEntropySecret(),
        new UnignoredSecretEnvFile(),
    ];
}

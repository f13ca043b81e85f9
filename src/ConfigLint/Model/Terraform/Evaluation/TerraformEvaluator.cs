using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// Evaluates expressions of one module as Terraform would before apply, with unknowns where a value is not known
/// and provenance (<see cref="TerraformValue.Origins"/>): the variable default, the tfvars line, the module input,
/// the local or the resource argument a value came from. Nothing is guessed: an unset variable, a computed
/// attribute, <c>count.index</c> outside an instance are unknown. Safe to use from many analyzers at once.
/// <para>
/// <see cref="TerraformModule.Evaluator"/> evaluates a module in its context: a root module's variables come from
/// defaults, <c>terraform.tfvars</c>, <c>*.auto.tfvars</c>, <c>--var-file</c> and <c>--var</c> (Terraform's
/// precedence); a called module's from its callers' inputs (known only when every caller passes the same value).
/// <see cref="ForCall"/> gives the evaluator of one call.
/// </para>
/// </summary>
public sealed class TerraformEvaluator
{
    private const int MaxModuleDepth = 16;
    private const int MaxInstances = 1024;
    private static int s_nextId;

    private readonly ConcurrentDictionary<string, TerraformValue> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TerraformEvaluator> _children = new(StringComparer.Ordinal);
    private readonly TerraformScope _callScope;
    private readonly int _id = Interlocked.Increment(ref s_nextId);
    private readonly int _depth;

    internal TerraformEvaluator(TerraformModule module, TerraformModuleCallNode? call, TerraformEvaluator? parent, TerraformScope? callScope)
    {
        Module = module;
        Call = call;
        Parent = parent;
        _callScope = callScope ?? TerraformScope.Empty;
        _depth = parent is null ? 0 : parent._depth + 1;
        RootDirectory = parent is not null ? parent.RootDirectory : module.RootDirectories.Length == 1 ? module.RootDirectories[0] : null;
    }

    /// <summary>The module whose expressions this evaluates.</summary>
    public TerraformModule Module { get; }

    /// <summary>The module call this evaluator is an instance of; null for a module evaluated in its own context.</summary>
    public TerraformModuleCallNode? Call { get; }

    /// <summary>The caller's evaluator when <see cref="Call"/> is set.</summary>
    public TerraformEvaluator? Parent { get; }

    /// <summary>
    /// The root module's directory (Terraform's working directory, against which <c>file()</c> paths resolve); null
    /// when the module is reached from several root modules.
    /// </summary>
    public string? RootDirectory { get; }

    /// <summary><c>path.module</c>: the module's directory relative to the root module's, or null when not known.</summary>
    public string? PathModule => RootDirectory is { } root ? TerraformFiles.RelativeDirectory(root, Module.Directory) : null;

    internal TerraformModel Model => Module.Model;

    /// <summary>Evaluates an expression of this module.</summary>
    public TerraformValue Evaluate(TerraformExpression expression, TerraformScope? scope = null) =>
        new TerraformExpressionEvaluator(this, new EvaluationState()).Evaluate(expression, scope ?? TerraformScope.Empty);

    /// <summary>Evaluates a property-tree value of this module's nodes (a scalar, list, object or expression).</summary>
    public TerraformValue Evaluate(ConfigValue value, TerraformScope? scope = null) => value switch
    {
        TerraformConfigExpression expression => Evaluate(expression.Expression, scope),
        ConfigScalar scalar => scalar.Kind switch
        {
            ScalarKind.Null => TerraformValue.Null,
            ScalarKind.Boolean => TerraformValue.Bool(scalar.IsTrue),
            ScalarKind.Number => TerraformValue.ParseNumber(scalar.Text),
            _ => TerraformValue.String(scalar.Text),
        },
        ConfigList list => TerraformValue.Tuple(list.Items.Select(i => Evaluate(i, scope))),
        ConfigObject obj => TerraformValue.Object(obj.Properties.Select(p => KeyValuePair.Create(p.Name, Evaluate(p.Value, scope)))),
        _ => TerraformValue.UnknownBecause("not a Terraform value"),
    };

    /// <summary>
    /// The value of an argument of a block node (<c>engine_version</c> of an <c>aws_db_instance</c>), or null when the
    /// argument is not written. Evaluate per instance with a scope from <see cref="Instances"/>.
    /// </summary>
    public TerraformValue? EvaluateArgument(TerraformBlockNode node, string name, TerraformScope? scope = null) =>
        node.GetArgument(name) is { } attribute ? Evaluate(attribute.Expression, scope) : null;

    /// <summary>The value of <c>var.<paramref name="name"/></c>.</summary>
    public TerraformValue Variable(string name) => new TerraformExpressionEvaluator(this, new EvaluationState()).Variable(name);

    /// <summary>The value of <c>local.<paramref name="name"/></c>.</summary>
    public TerraformValue Local(string name) => new TerraformExpressionEvaluator(this, new EvaluationState()).Local(name);

    /// <summary>The value of output <paramref name="name"/> of this module.</summary>
    public TerraformValue Output(string name) => new TerraformExpressionEvaluator(this, new EvaluationState()).Output(name);

    /// <summary>
    /// The instances of a resource or module call: one empty scope without <c>count</c>/<c>for_each</c>, one scope per
    /// instance when they are known, and null when they are not.
    /// </summary>
    public ImmutableArray<TerraformScope>? Instances(TerraformBlockNode node, TerraformScope? scope = null) =>
        new TerraformExpressionEvaluator(this, new EvaluationState()).Instances(node, scope ?? TerraformScope.Empty);

    /// <summary>
    /// The scopes a <c>dynamic</c> block's content is evaluated in, one per element of its <c>for_each</c>, with the
    /// iterator bound (<c>ingress.value</c>); null when the collection is not known.
    /// </summary>
    public ImmutableArray<TerraformScope>? ExpandDynamic(TerraformBlock dynamic, TerraformScope? scope = null) =>
        new TerraformExpressionEvaluator(this, new EvaluationState()).ExpandDynamic(dynamic, scope ?? TerraformScope.Empty);

    /// <summary>The evaluator of a call in this module to a loaded local module, for one instance (<paramref name="instance"/> from <see cref="Instances"/>); null for remote sources.</summary>
    public TerraformEvaluator? ForCall(TerraformModuleCallNode call, TerraformScope? instance = null)
    {
        if (call.Target is not { } target || call.Module != Module || _depth >= MaxModuleDepth)
        {
            return null;
        }

        instance ??= TerraformScope.Empty;
        return _children.GetOrAdd(call.Address + instance.InstanceKey, _ => new TerraformEvaluator(target, call, this, instance));
    }

    internal TerraformScope CallScope => _callScope;

    internal int MaxInstanceCount => MaxInstances;

    /// <summary>Looks up or computes a named value; see <see cref="EvaluationState"/> for cycles.</summary>
    internal TerraformValue Memoized(string key, EvaluationState state, Func<TerraformValue> compute)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fullKey = _id + ":" + key;
        if (!state.InProgress.Add(fullKey))
        {
            state.MetCycle = true;
            return TerraformValue.UnknownBecause($"{key} depends on itself");
        }

        if (state.Depth >= EvaluationState.MaxDepth)
        {
            state.InProgress.Remove(fullKey);
            state.MetCycle = true;
            return TerraformValue.UnknownBecause($"{key} is too deeply nested to evaluate");
        }

        var metBefore = state.MetCycle;
        state.MetCycle = false;
        state.Depth++;
        TerraformValue value;
        try
        {
            value = compute();
        }
        finally
        {
            state.Depth--;
            state.InProgress.Remove(fullKey);
        }

        if (!state.MetCycle)
        {
            _cache.TryAdd(key, value);
        }

        state.MetCycle |= metBefore;
        return value;
    }
}

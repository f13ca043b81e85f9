using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>Collection functions (Terraform documentation, "Collection Functions", read 2026-12).</summary>
internal static class CollectionFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("alltrue", 1, 1, a => TerraformValue.Bool(a.Sequence(0).Select((_, i) => Truth(a, a.Sequence(0)[i])).All(t => t)));
        add("anytrue", 1, 1, a => TerraformValue.Bool(a.Sequence(0).Select((_, i) => Truth(a, a.Sequence(0)[i])).Any(t => t)));
        add("chunklist", 2, 2, ChunkList);
        add("coalesce", 1, -1, Coalesce);
        add("coalescelist", 1, -1, a => a.From(0).FirstOrDefault(v => v.Kind == TerraformValueKind.Tuple && v.Items.Length > 0) ?? throw a.Fail("no non-empty list or tuple found"));
        add("compact", 1, 1, a => Tuple(a.Sequence(0).Where(v => !v.IsNull && v.ToStringValue() is { Length: > 0 })));
        add("concat", 1, -1, a => Tuple(Enumerable.Range(0, a.Count).SelectMany(i => a.Sequence(i))));
        add("contains", 2, 2, a => TerraformValue.Bool(a.Sequence(0).Any(v => v.EqualsValue(a[1]) == true)));
        add("distinct", 1, 1, a => Tuple(Distinct(a.Sequence(0))));
        add("element", 2, 2, Element);
        add("flatten", 1, 1, a => ValueLimits.IsTooLargeWhole(a[0]) ? throw new ResultTooLargeException() : Tuple(Flatten(a.Sequence(0))));
        add("index", 2, 2, Index);
        add("keys", 1, 1, a => Tuple(a.Map(0).Select(p => TerraformValue.String(p.Key))));
        add("values", 1, 1, a => Tuple(a.Map(0).Select(p => p.Value)));
        add("length", 1, 1, Length);
        add("lookup", 2, 3, Lookup);
        add("matchkeys", 3, 3, MatchKeys);
        add("merge", 0, -1, Merge);
        add("one", 1, 1, One);
        add("range", 1, 3, Range);
        add("reverse", 1, 1, a => Tuple(a.Sequence(0).Reverse()));
        add("setintersection", 1, -1, a => Set(Enumerable.Range(1, a.Count - 1).Aggregate(Distinct(a.Sequence(0)), (acc, i) => acc.Where(v => a.Sequence(i).Any(w => w.EqualsValue(v) == true)).ToList())));
        add("setsubtract", 2, 2, a => Set(Distinct(a.Sequence(0)).Where(v => !a.Sequence(1).Any(w => w.EqualsValue(v) == true))));
        add("setunion", 1, -1, a => Set(Distinct(Enumerable.Range(0, a.Count).SelectMany(i => a.Sequence(i)))));
        add("setproduct", 1, -1, SetProduct);
        add("slice", 3, 3, Slice);
        add("sort", 1, 1, a => Tuple(a.Sequence(0).Select((v, i) => v.ToStringValue() ?? throw a.Invalid(0, "all elements must be strings")).Order(StringComparer.Ordinal).Select(TerraformValue.String)));
        add("sum", 1, 1, Sum);
        add("transpose", 1, 1, Transpose);
        add("zipmap", 2, 2, ZipMap);
    }

    private static TerraformValue Tuple(IEnumerable<TerraformValue> items) => TerraformValue.Tuple(items);

    // Terraform sets of primitives iterate in lexical order of their string form.
    internal static TerraformValue Set(IEnumerable<TerraformValue> items) =>
        Tuple(Distinct(items).OrderBy(v => v.ToStringValue() ?? v.ToString(), StringComparer.Ordinal));

    internal static List<TerraformValue> Distinct(IEnumerable<TerraformValue> items)
    {
        var result = new List<TerraformValue>();
        foreach (var item in items)
        {
            if (!result.Any(r => r.EqualsValue(item) == true))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static bool Truth(FunctionArguments a, TerraformValue value) => value.Kind switch
    {
        TerraformValueKind.Bool => value.AsBool,
        TerraformValueKind.String when value.AsString is "true" or "false" => value.AsString == "true",
        _ => throw a.Invalid(0, "all elements must be bool"),
    };

    private static TerraformValue ChunkList(FunctionArguments a)
    {
        var items = a.Sequence(0);
        var size = a.Integer(1);
        if (size < 0)
        {
            throw a.Invalid(1, "the size argument must be positive");
        }

        if (size == 0)
        {
            return Tuple([Tuple(items)]);
        }

        return Tuple(items.Chunk(size).Select(chunk => Tuple(chunk)));
    }

    private static TerraformValue Coalesce(FunctionArguments a)
    {
        foreach (var value in a.From(0))
        {
            if (!value.IsNull && !(value.Kind == TerraformValueKind.String && value.AsString.Length == 0))
            {
                return value;
            }
        }

        throw a.Fail("no non-null, non-empty-string arguments");
    }

    private static TerraformValue Element(FunctionArguments a)
    {
        var items = a.Sequence(0);
        var index = a.Integer(1);
        if (items.Length == 0)
        {
            throw a.Fail("cannot use element function with an empty list");
        }

        if (index < 0)
        {
            throw a.Invalid(1, "cannot use element function with a negative index");
        }

        return items[index % items.Length];
    }

    private static IEnumerable<TerraformValue> Flatten(IEnumerable<TerraformValue> items)
    {
        foreach (var item in items)
        {
            if (item.Kind == TerraformValueKind.Tuple)
            {
                foreach (var inner in Flatten(item.Items))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return item;
            }
        }
    }

    private static TerraformValue Index(FunctionArguments a)
    {
        var items = a.Sequence(0);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].EqualsValue(a[1]) == true)
            {
                return TerraformValue.Number(i);
            }
        }

        throw a.Fail("item not found");
    }

    private static TerraformValue Length(FunctionArguments a) => a[0].Kind switch
    {
        TerraformValueKind.String => TerraformValue.Number(System.Globalization.StringInfo.ParseCombiningCharacters(a[0].AsString).Length),
        TerraformValueKind.Tuple => TerraformValue.Number(a[0].Items.Length),
        TerraformValueKind.Object => TerraformValue.Number(a[0].Attributes.Length),
        _ => throw a.Invalid(0, "argument must be a string, a collection type, or a structural type"),
    };

    private static TerraformValue Lookup(FunctionArguments a)
    {
        var key = a.String(1);
        foreach (var (name, value) in a.Map(0))
        {
            if (name == key)
            {
                return value;
            }
        }

        return a.Count == 3 ? a[2] : throw a.Fail($"lookup failed to find key \"{key}\"");
    }

    private static TerraformValue MatchKeys(FunctionArguments a)
    {
        var values = a.Sequence(0);
        var keys = a.Sequence(1);
        var search = a.Sequence(2);
        if (values.Length != keys.Length)
        {
            throw a.Fail("length of keys and values should be equal");
        }

        return Tuple(values.Where((_, i) => search.Any(s => s.EqualsValue(keys[i]) == true)));
    }

    private static TerraformValue Merge(FunctionArguments a)
    {
        var merged = new List<KeyValuePair<string, TerraformValue>>();
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].IsNull)
            {
                continue;
            }

            merged.AddRange(a.Map(i));
        }

        return TerraformValue.Object(merged);
    }

    private static TerraformValue One(FunctionArguments a)
    {
        var items = a.Sequence(0);
        return items.Length switch
        {
            0 => TerraformValue.Null,
            1 => items[0],
            _ => throw a.Invalid(0, "must be a list, set, or tuple value with either zero or one elements"),
        };
    }

    private static TerraformValue Range(FunctionArguments a)
    {
        decimal start = 0, step = 1, limit;
        if (a.Count == 1)
        {
            limit = a.Number(0);
        }
        else
        {
            start = a.Number(0);
            limit = a.Number(1);
            step = a.Count == 3 ? a.Number(2) : start <= limit ? 1 : -1;
        }

        if (step == 0)
        {
            throw a.Invalid(2, "step must not be zero");
        }

        var items = new List<TerraformValue>();
        for (var value = start; step > 0 ? value < limit : value > limit; value += step)
        {
            if (items.Count >= 1024)
            {
                throw a.Fail("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
            }

            items.Add(TerraformValue.Number(value));
        }

        return Tuple(items);
    }

    private static TerraformValue SetProduct(FunctionArguments a)
    {
        IEnumerable<IEnumerable<TerraformValue>> product = [[]];
        long size = 1;
        for (var i = 0; i < a.Count; i++)
        {
            size *= Math.Max(1, a.Sequence(i).Length);
            if (size > ValueLimits.MaxElements)
            {
                throw new ResultTooLargeException();
            }
        }

        for (var i = 0; i < a.Count; i++)
        {
            var set = a.Sequence(i);
            product = product.SelectMany(prefix => set.Select(item => prefix.Append(item)));
        }

        return Tuple(product.Select(p => Tuple(p)));
    }

    private static TerraformValue Slice(FunctionArguments a)
    {
        var items = a.Sequence(0);
        var start = a.Integer(1);
        var end = a.Integer(2);
        if (start < 0 || start > items.Length)
        {
            throw a.Invalid(1, "start index must be between 0 and the length of the list");
        }

        if (end < start || end > items.Length)
        {
            throw a.Invalid(2, "end index must be between the start index and the length of the list");
        }

        return Tuple(items[start..end]);
    }

    private static TerraformValue Sum(FunctionArguments a)
    {
        var items = a.Sequence(0);
        if (items.Length == 0)
        {
            throw a.Fail("cannot sum an empty list");
        }

        var total = 0m;
        foreach (var item in items)
        {
            total += a.ToNumber(item, 0);
        }

        return TerraformValue.Number(total);
    }

    private static TerraformValue Transpose(FunctionArguments a)
    {
        var result = new SortedDictionary<string, List<TerraformValue>>(StringComparer.Ordinal);
        foreach (var (key, list) in a.Map(0))
        {
            if (list.Kind != TerraformValueKind.Tuple)
            {
                throw a.Invalid(0, "input must be a map of lists of strings");
            }

            foreach (var item in list.Items)
            {
                var name = item.ToStringValue() ?? throw a.Invalid(0, "input must be a map of lists of strings");
                if (!result.TryGetValue(name, out var keys))
                {
                    result[name] = keys = [];
                }

                keys.Add(TerraformValue.String(key));
            }
        }

        return TerraformValue.Object(result.Select(p => KeyValuePair.Create(p.Key, Set(p.Value))));
    }

    private static TerraformValue ZipMap(FunctionArguments a)
    {
        var keys = a.Sequence(0);
        var values = a.Sequence(1);
        if (keys.Length != values.Length)
        {
            throw a.Fail($"number of keys ({keys.Length}) does not match number of values ({values.Length})");
        }

        return TerraformValue.Object(keys.Select((k, i) => KeyValuePair.Create(k.ToStringValue() ?? throw a.Invalid(0, "keys must be strings"), values[i])));
    }
}

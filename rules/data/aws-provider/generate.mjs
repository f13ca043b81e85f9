#!/usr/bin/env node
// Builds one compact provider catalog (see FORMAT.md) from a prebuilt @cdktf/provider-aws package, with
// deprecation messages taken from the matching @pulumi/aws package. Run by hand through regenerate.sh; the
// build never runs it.
//
//   node generate.mjs --cdktf DIR --pulumi DIR --renames renames.json --constraints constraints.json --out FILE
//
// DIR is an unpacked npm package (the folder holding package.json).

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const args = parseArgs(process.argv.slice(2));
const cdktfDir = required(args, "cdktf");
const pulumiDir = args.pulumi;
const outFile = required(args, "out");
const date = args.date ?? new Date().toISOString().slice(0, 10);

const cdktfPackage = readJson(path.join(cdktfDir, "package.json"));
const providerAddress = cdktfPackage.cdktf.provider.name;
const providerVersion = cdktfPackage.cdktf.provider.version;
const major = Number(providerVersion.split(".")[0]);
log(`cdktf ${cdktfPackage.name}@${cdktfPackage.version}: ${providerAddress} ${providerVersion}`);

const jsii = readJson(path.join(cdktfDir, ".jsii"));
const types = jsii.types;

// --- Terraform names for computed-only getters -------------------------------------------------------------
// The generated JavaScript keeps the comment "// snake_name - computed: …" in front of each computed-only getter
// and passes the snake name to the constructor of complex lists ("new XList(this, "snake_name", …)"); jsii itself
// only has the camelCase name of such getters.
const camelToSnake = new Map();
for (const entry of fs.readdirSync(path.join(cdktfDir, "lib"), { withFileTypes: true })) {
  const file = path.join(cdktfDir, "lib", entry.name, "index.js");
  if (!entry.isDirectory() || !fs.existsSync(file)) continue;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const comment = /^\s*\/\/ ([a-z0-9_]+) - computed: /.exec(lines[i]);
    if (comment) {
      const getter = /^\s*get ([A-Za-z0-9_$]+)\(\)/.exec(lines[i + 1] ?? "");
      const field = /^\s*this\._([A-Za-z0-9_$]+) = new /.exec(lines[i + 1] ?? "");
      const camel = getter?.[1] ?? field?.[1];
      if (camel) camelToSnake.set(camel, comment[1]);
    }
  }
}

// --- jsii → catalog model ----------------------------------------------------------------------------------
const ANCHOR = /\{@link \S+#([A-Za-z0-9_-]+) [^}]*\}/;
const BLOCK_SUMMARY = /^([A-Za-z0-9_]+) block\.$/;

function tfNameOf(property) {
  const text = `${property.docs?.summary ?? ""} ${property.docs?.remarks ?? ""}`;
  const match = ANCHOR.exec(text);
  if (!match) throw new Error(`no Terraform name for ${property.name}`);
  return match[1];
}

function typeName(type) {
  if (type.union) {
    const rest = type.union.types.filter((t) => t.fqn !== "cdktf.IResolvable");
    return rest.length === 0 ? "bool" : typeName(rest[0]);
  }
  if (type.primitive) return { string: "string", number: "number", boolean: "bool", any: "dynamic", json: "dynamic" }[type.primitive] ?? type.primitive;
  if (type.collection) {
    const element = typeName(type.collection.elementtype);
    return type.collection.kind === "map" ? `map(${element})` : `list(${element})`;
  }
  const fqn = type.fqn;
  // Computed booleans come back as IResolvable, computed maps as cdktf's typed maps.
  const known = {
    "cdktf.IResolvable": "bool", "cdktf.StringMap": "map(string)", "cdktf.NumberMap": "map(number)",
    "cdktf.BooleanMap": "map(bool)", "cdktf.AnyMap": "map(dynamic)", "cdktf.StringMapList": "list(map(string))",
    "cdktf.NumberMapList": "list(map(number))", "cdktf.BooleanMapList": "list(map(bool))", "cdktf.AnyMapList": "list(map(dynamic))",
    "cdktf.StringListList": "list(list(string))", "cdktf.NumberListList": "list(list(number))",
    "cdktf.BooleanListList": "list(list(bool))", "cdktf.AnyListList": "list(list(dynamic))",
    "cdktf.StringListMap": "map(list(string))", "cdktf.NumberListMap": "map(list(number))",
    "cdktf.BooleanListMap": "map(list(bool))", "cdktf.AnyListMap": "map(list(dynamic))",
  }[fqn];
  if (known) return known;
  const target = types[fqn];
  if (target?.datatype) return "object";
  if (target?.base === "cdktf.ComplexList") return "list(object)";
  if (target?.base === "cdktf.ComplexMap") return "map(object)";
  if (target?.base === "cdktf.ComplexObject") return "object";
  return "dynamic";
}

/** The struct a property's type points at (directly or as the element of a collection), or null. */
function structOf(type) {
  if (type.union) {
    for (const t of type.union.types) {
      const s = structOf(t);
      if (s) return s;
    }
    return null;
  }
  if (type.collection) return structOf(type.collection.elementtype);
  const target = type.fqn ? types[type.fqn] : null;
  return target?.datatype ? target : null;
}

function isCollection(type) {
  if (type.union) return type.union.types.some(isCollection);
  return Boolean(type.collection);
}

/** Computed-only attributes: getters of the class (or output reference) that the config struct does not have. */
function computedOnly(classType, configNames) {
  const result = [];
  if (!classType) return result;
  for (const p of classType.properties ?? []) {
    if (p.static || !p.immutable || p.name.endsWith("Input") || p.name === "internalValue" || p.name === "fqn") continue;
    if (configNames.has(p.name)) continue;
    const tfName = camelToSnake.get(p.name) ?? heuristicSnake(p.name);
    result.push({ name: tfName, camel: p.name, flags: { computed: true }, type: typeName(p.type) });
  }
  return result;
}

function heuristicSnake(camel) {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const stats = { structs: 0 };

function buildBlock(struct, outputClass) {
  stats.structs++;
  const block = { attributes: [], blocks: [], deprecated: null };
  const configNames = new Set();
  for (const p of struct.properties ?? []) {
    configNames.add(p.name);
    const name = tfNameOf(p);
    const isBlock = BLOCK_SUMMARY.test(p.docs?.summary ?? "");
    const nested = structOf(p.type);
    if (isBlock) {
      const collection = isCollection(p.type);
      block.blocks.push({
        name, camel: p.name,
        nesting: collection ? "list" : "single",
        minItems: p.optional ? 0 : 1,
        maxItems: collection ? 0 : 1,
        // cdktf types blocks nested too deeply (wafv2 statements, quicksight definitions) as "any": their
        // contents are unknown here, so the catalog marks them open rather than empty.
        block: nested ? buildBlock(nested, outputReferenceOf(nested)) : { attributes: [], blocks: [], deprecated: null, open: true },
      });
    } else {
      const attribute = {
        name, camel: p.name,
        flags: { required: !p.optional, optional: Boolean(p.optional) },
        type: typeName(p.type),
      };
      if (nested) {
        attribute.nesting = isCollection(p.type) ? "list" : "single";
        attribute.nested = buildBlock(nested, outputReferenceOf(nested));
      }
      block.attributes.push(attribute);
    }
  }
  block.attributes.push(...computedOnly(outputClass, configNames));
  block.attributes.sort(byName);
  block.blocks.sort(byName);
  return block;
}

function outputReferenceOf(struct) {
  return types[`${struct.fqn}OutputReference`] ?? null;
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

const catalog = { resources: new Map(), dataSources: new Map(), provider: null };
for (const fqn of Object.keys(types)) {
  const type = types[fqn];
  if (type.kind !== "class") continue;
  const kind = type.base === "cdktf.TerraformResource" ? "resource" : type.base === "cdktf.TerraformDataSource" ? "data" : type.base === "cdktf.TerraformProvider" ? "provider" : null;
  if (!kind) continue;
  const link = /\{@link (\S+) ([A-Za-z0-9_]+)\}/.exec(type.docs.summary);
  const tfType = link[2];
  const configFqn = type.initializer.parameters.find((p) => p.name === "config").type.fqn;
  const block = buildBlock(types[configFqn], kind === "provider" ? null : type);
  const entry = { name: tfType, kind, block, jsii: fqn };
  if (kind === "resource") catalog.resources.set(tfType, entry);
  else if (kind === "data") catalog.dataSources.set(tfType, entry);
  else catalog.provider = entry;
}
log(`${catalog.resources.size} resources, ${catalog.dataSources.size} data sources, ${stats.structs} blocks`);

// --- deprecations from @pulumi/aws ------------------------------------------------------------------------
// The Pulumi bridge copies each Terraform `Deprecated` message into a `@deprecated` JSDoc tag, rewriting
// Terraform names into Pulumi ones (`aws_s3_bucket_acl` → `aws.s3.BucketAcl`, `key_schema` → `keySchema`).
// We match Pulumi resources to Terraform types by name and argument overlap, then map the names back.
// Pulumi's own deprecations, not Terraform's.
const SKIPPED_MESSAGES = [/^Please use `tags` instead\.?$/, /has been deprecated in favor of/, /pulumi/i];
const nameMaps = new WeakMap();
const deprecationStats = { newer: 0, attached: 0, unmatchedResource: 0, unmatchedProperty: 0, skipped: 0, resources: 0 };
let pulumiPackage = null;
if (pulumiDir) {
  pulumiPackage = readJson(path.join(pulumiDir, "package.json"));
  applyPulumiDeprecations(pulumiDir);
  log(`deprecations from ${pulumiPackage.name}@${pulumiPackage.version}: ${JSON.stringify(deprecationStats)}`);
}

function applyPulumiDeprecations(root) {
  const containers = new Map(); // "<file-key>:<ContainerName>" → { props: Map(name → {deprecated, typeRefs}) , deprecated }
  const resources = []; // { token, kind, module, name, file, className }
  for (const file of walk(root)) {
    if (!file.endsWith(".d.ts")) continue;
    const rel = path.relative(root, file).replace(/\\/g, "/");
    if (rel.startsWith("node_modules/")) continue;
    const text = fs.readFileSync(file, "utf8");
    const isTypes = rel.startsWith("types/");
    scanDeclarations(text, isTypes ? rel.replace(/\.d\.ts$/, "").replace(/^types\//, "") : rel, isTypes, containers);
    if (isTypes) continue;
    const js = file.replace(/\.d\.ts$/, ".js");
    if (!fs.existsSync(js)) continue;
    const source = fs.readFileSync(js, "utf8");
    const resource = /__pulumiType = '(aws:([^/]+)\/([^:]+):([A-Za-z0-9]+))'/.exec(source);
    if (resource) {
      resources.push({ token: resource[1], kind: "resource", module: resource[2], name: resource[4], file: rel, camel: resource[3] });
    }
    for (const invoke of source.matchAll(/invoke\("(aws:([^/]+)\/(get[A-Za-z0-9]+):(get[A-Za-z0-9]+))"/g)) {
      resources.push({ token: invoke[1], kind: "data", module: invoke[2], name: invoke[4], file: rel, camel: invoke[3] });
    }
  }

  const propsOf = (r) => {
    const keys = r.kind === "resource" ? [r.name, `${r.name}Args`, `${r.name}State`] : [`${upperFirst(r.name)}Args`, `${upperFirst(r.name)}Result`];
    return keys.map((k) => containers.get(`${r.file}:${k}`)).filter(Boolean);
  };

  // Match every Pulumi resource to a Terraform type (also needed to map names inside messages back).
  const byToken = new Map();
  for (const r of resources) {
    const pool = r.kind === "resource" ? catalog.resources : catalog.dataSources;
    const snake = heuristicSnake(r.kind === "data" ? lowerFirst(r.name.slice(3)) : r.camel).replace(/_v(\d+)$/, "");
    const pulumiNames = new Set();
    for (const c of propsOf(r)) for (const n of c.props.keys()) pulumiNames.add(n);
    let best = null;
    let bestScore = -1;
    const nameCandidates = [`aws_${snake}`, `aws_${r.module}_${snake}`];
    for (const [tfType, entry] of pool) {
      const nameMatch = nameCandidates.includes(tfType) ? 2 : tfType.endsWith(`_${snake}`) ? 1 : 0;
      if (nameMatch === 0 && pulumiNames.size < 3) continue;
      const score = overlap(pulumiNames, entry.block) + nameMatch * 0.25;
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.6) {
      r.tf = best;
      byToken.set(r.module === "index" ? `aws.${r.name}` : `aws.${r.module}.${r.name}`, best.name);
    }
  }

  for (const r of resources) {
    const deprecatedProps = [];
    let resourceDeprecation = null;
    for (const c of propsOf(r)) {
      if (c.deprecated) resourceDeprecation = c.deprecated;
      for (const [name, prop] of c.props) if (prop.deprecated || prop.typeRefs.length) deprecatedProps.push([name, prop]);
    }
    const hasAny = resourceDeprecation || deprecatedProps.some(([, p]) => p.deprecated || p.typeRefs.length);
    if (!hasAny) continue;
    if (!r.tf) {
      if (resourceDeprecation || deprecatedProps.some(([, p]) => p.deprecated)) {
        deprecationStats.unmatchedResource++;
        if (process.env.DEBUG) log(`unmatched ${r.token}`);
      }
      continue;
    }
    if (resourceDeprecation && !r.tf.block.deprecated && !SKIPPED_MESSAGES.some((m) => m.test(resourceDeprecation))) {
      const message = rewrite(resourceDeprecation, r.tf);
      if (message !== null) {
        r.tf.block.deprecated = message;
        deprecationStats.resources++;
      }
    }
    applyToBlock(r.tf.block, propsOf(r), r.tf, containers, new Set());
  }

  function applyToBlock(block, pulumiContainers, entry, containersByKey, seen) {
    const lookup = pulumiNameMap(block);
    for (const c of pulumiContainers) {
      for (const [pName, prop] of c.props) {
        const target = lookup.get(pName);
        if (!target) {
          if (prop.deprecated) deprecationStats.unmatchedProperty++;
          continue;
        }
        // A nested block's deprecation lives on its body, like a resource's on its root block.
        const holder = target.block ?? target;
        if (prop.deprecated && !holder.deprecated) {
          const message = SKIPPED_MESSAGES.some((m) => m.test(prop.deprecated)) ? undefined : rewrite(prop.deprecated, entry);
          if (message === undefined) {
            deprecationStats.skipped++;
          } else if (message === null) {
            deprecationStats.newer++;
            if (process.env.DEBUG) log(`newer ${entry.name}.${pName}: ${prop.deprecated}`);
          } else {
            holder.deprecated = message;
            deprecationStats.attached++;
          }
        }
        const inner = target.block ?? target.nested;
        if (inner) {
          const nestedContainers = prop.typeRefs.map((ref) => containersByKey.get(ref)).filter(Boolean);
          const key = prop.typeRefs.join("|");
          if (nestedContainers.length && !seen.has(key)) {
            applyToBlock(inner, nestedContainers, entry, containersByKey, new Set([...seen, key]));
          }
        }
      }
    }
  }

  // Null when the message names a replacement this catalog does not have: @pulumi/aws is bridged from a newer
  // provider than some catalogs, and such a deprecation came after the catalog's version.
  function rewrite(message, entry) {
    const names = new Map();
    collectNames(entry.block, names);
    let unknown = false;
    const text = message
      .replace(/\baws\.(?:([a-z0-9]+)\.)?([A-Za-z0-9]+)\b/g, (all, mod, name) => {
        const tf = byToken.get(mod ? `aws.${mod}.${name}` : `aws.${name}`);
        if (!tf) unknown = true;
        return tf ?? all;
      })
      .replace(/\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b/g, (word) => {
        const tf = names.get(word);
        if (!tf) unknown = true;
        return tf ?? word;
      })
      .trim();
    return unknown ? null : text;
  }
}

function collectNames(block, names) {
  for (const a of block.attributes) {
    names.set(a.camel ?? a.name, a.name);
    if (a.nested) collectNames(a.nested, names);
  }
  for (const b of block.blocks) {
    names.set(b.camel ?? b.name, b.name);
    collectNames(b.block, names);
  }
}

/** Pulumi property names for a block's members: camelCase, and pluralised for list blocks and lists. */
function pulumiNameMap(block) {
  const cached = nameMaps.get(block);
  if (cached) return cached;
  const map = new Map();
  nameMaps.set(block, map);
  const add = (name, target) => {
    const camel = lowerFirst(name.split("_").map(upperFirst).join(""));
    for (const candidate of [camel, `${camel}s`, `${camel}es`, camel.replace(/y$/, "ies"), camel.replace(/s$/, "")]) {
      if (!map.has(candidate)) map.set(candidate, target);
    }
  };
  for (const a of block.attributes) add(a.name, a);
  for (const b of block.blocks) add(b.name, b);
  // Exact camelCase names win over pluralised guesses.
  for (const a of block.attributes) map.set(lowerFirst(a.name.split("_").map(upperFirst).join("")), a);
  for (const b of block.blocks) map.set(lowerFirst(b.name.split("_").map(upperFirst).join("")), b);
  return map;
}

function overlap(pulumiNames, block) {
  if (pulumiNames.size === 0) return 0;
  const lookup = pulumiNameMap(block);
  let hits = 0;
  for (const n of pulumiNames) if (lookup.has(n)) hits++;
  const total = pulumiNames.size + block.attributes.length + block.blocks.length - hits;
  return total === 0 ? 0 : hits / total;
}

/** Reads classes and interfaces of a generated .d.ts: their properties, JSDoc @deprecated and type references. */
function scanDeclarations(text, fileKey, isTypes, containers) {
  const lines = text.split("\n");
  const namespaces = [];
  let container = null;
  let doc = null;
  let pendingDoc = null;
  for (const line of lines) {
    const trimmed = line.trim();
    if (doc !== null) {
      doc.push(trimmed);
      if (trimmed.endsWith("*/")) {
        pendingDoc = doc.join("\n");
        doc = null;
      }
      continue;
    }
    if (trimmed.startsWith("/**")) {
      doc = [trimmed];
      if (trimmed.endsWith("*/")) {
        pendingDoc = trimmed;
        doc = null;
      }
      continue;
    }
    const ns = /^(?:export )?(?:declare )?namespace ([A-Za-z0-9_.]+) \{$/.exec(trimmed);
    if (ns && !container) {
      namespaces.push({ name: ns[1], indent: indentOf(line) });
      pendingDoc = null;
      continue;
    }
    const decl = /^(?:export )?(?:declare )?(?:class|interface) ([A-Za-z0-9_]+)\b.*\{$/.exec(trimmed);
    if (decl && !container) {
      const name = decl[1];
      const key = isTypes ? `${fileKey}:${[...namespaces.map((n) => n.name), name].join(".")}` : `${fileKey}:${name}`;
      container = { key, indent: indentOf(line), props: new Map(), deprecated: deprecatedOf(pendingDoc) };
      containers.set(key, container);
      pendingDoc = null;
      continue;
    }
    if (trimmed === "}") {
      if (container && indentOf(line) === container.indent) {
        container = null;
      } else if (!container && namespaces.length && indentOf(line) === namespaces.at(-1).indent) {
        namespaces.pop();
      }
      pendingDoc = null;
      continue;
    }
    if (container && indentOf(line) === container.indent + 4) {
      const prop = /^(?:readonly )?([A-Za-z_$][A-Za-z0-9_$]*)\??: (.*)$/.exec(trimmed);
      if (prop) {
        const refs = [];
        for (const m of prop[2].matchAll(/\b(inputs|outputs)\.([A-Za-z0-9_.]+)/g)) {
          const parts = m[2].split(".");
          refs.push(`${m[1] === "inputs" ? "input" : "output"}:${parts.join(".")}`);
        }
        container.props.set(prop[1], { deprecated: deprecatedOf(pendingDoc), typeRefs: refs });
      }
    }
    pendingDoc = null;
  }
}

function deprecatedOf(doc) {
  if (!doc) return null;
  const body = doc.split("\n").map((l) => l.replace(/^\/\*\*\s?/, "").replace(/\*\/$/, "").replace(/^\*\s?/, "").trim());
  const start = body.findIndex((l) => l.startsWith("@deprecated"));
  if (start < 0) return null;
  const parts = [body[start].slice("@deprecated".length).trim()];
  for (let i = start + 1; i < body.length && !body[i].startsWith("@"); i++) parts.push(body[i]);
  const message = parts.join(" ").replace(/\s+/g, " ").trim();
  return message.length ? message : "deprecated";
}

function indentOf(line) {
  return line.length - line.trimStart().length;
}

// --- hand-kept data: constraints and renames ---------------------------------------------------------------
const constraints = args.constraints ? readJson(args.constraints) : { entries: [] };
let constraintCount = 0;
for (const c of constraints.entries) {
  if (c.major && !c.major.includes(major)) continue;
  const entry = (c.kind === "data" ? catalog.dataSources : catalog.resources).get(c.type);
  if (!entry) throw new Error(`constraints.json: no ${c.kind ?? "resource"} ${c.type} in ${providerVersion}`);
  const block = blockAt(entry.block, c.path ?? []);
  for (const name of c.names) {
    if (!block.attributes.some((a) => a.name === name) && !block.blocks.some((b) => b.name === name)) {
      throw new Error(`constraints.json: ${c.type} has no ${name} in ${providerVersion}`);
    }
  }
  (block.constraints ??= []).push({ kind: c.constraint, names: c.names });
  constraintCount++;
}

const renames = args.renames ? readJson(args.renames) : { entries: [] };
const renameList = [];
for (const r of renames.entries) {
  if (r.major && !r.major.includes(major)) continue;
  const pool = r.kind === "data" ? catalog.dataSources : catalog.resources;
  if (r.type && !pool.has(r.type)) continue;
  renameList.push(r);
}
// Deprecation messages of the form "x is deprecated. Use y instead." name the replacement: keep them as renames
// too, so did-you-mean can offer the new name for the old one once the old one is gone in the next major line.
for (const [kindName, pool] of [["resource", catalog.resources], ["data", catalog.dataSources]]) {
  for (const entry of pool.values()) {
    for (const a of entry.block.attributes) {
      const m = a.deprecated && /^[a-z0-9_]+ is deprecated\. Use ([a-z0-9_]+) instead\.?$/.exec(a.deprecated);
      if (m && (entry.block.attributes.some((x) => x.name === m[1]) || entry.block.blocks.some((x) => x.name === m[1]))) {
        renameList.push({ kind: kindName, type: entry.name, from: a.name, to: m[1], source: `deprecation message in ${providerVersion}` });
      }
    }
  }
}

function blockAt(block, pathParts) {
  let current = block;
  for (const part of pathParts) current = current.blocks.find((b) => b.name === part).block;
  return current;
}

if (args.dump) {
  const plain = (m) => Object.fromEntries([...m].map(([k, v]) => [k, v.block]));
  fs.writeFileSync(args.dump, JSON.stringify({ resources: plain(catalog.resources), dataSources: plain(catalog.dataSources), renames: renameList }, (k, v) => (k === "camel" ? undefined : v)));
}

// --- encode ------------------------------------------------------------------------------------------------
const strings = new Map();
const stringList = [];
const intern = (s) => {
  let index = strings.get(s);
  if (index === undefined) {
    index = stringList.length;
    stringList.push(s);
    strings.set(s, index);
  }
  return index;
};

// Most used strings first keeps their indexes one byte long.
const counts = new Map();
const count = (s) => counts.set(s, (counts.get(s) ?? 0) + 1);
function countBlock(block) {
  if (block.deprecated) count(block.deprecated);
  for (const a of block.attributes) {
    count(a.name);
    count(a.type);
    if (a.deprecated) count(a.deprecated);
    if (a.nested) countBlock(a.nested);
  }
  for (const b of block.blocks) {
    count(b.name);
    if (b.deprecated) count(b.deprecated);
    countBlock(b.block);
  }
  for (const c of block.constraints ?? []) c.names.forEach(count);
}
const allEntries = [...catalog.resources.values(), ...catalog.dataSources.values(), ...(catalog.provider ? [catalog.provider] : [])];
for (const e of allEntries) {
  count(e.name);
  countBlock(e.block);
}
for (const r of renameList) {
  count(r.type ?? "");
  count(r.from);
  count(r.to);
  count(r.source);
}
[...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).forEach(([s]) => intern(s));

const NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 };
const CONSTRAINT = { conflicts_with: 1, exactly_one_of: 2, at_least_one_of: 3, required_with: 4 };

function encodeBlock(w, block) {
  w.byte((block.deprecated ? 1 : 0) | (block.open ? 2 : 0));
  if (block.deprecated) w.varint(intern(block.deprecated));
  w.varint(block.attributes.length);
  for (const a of block.attributes) {
    const f = a.flags;
    const flags = (f.required ? 1 : 0) | (f.optional ? 2 : 0) | (f.computed ? 4 : 0) | (a.deprecated ? 8 : 0) | (f.sensitive ? 16 : 0) | (a.nested ? 32 : 0);
    w.varint(intern(a.name));
    w.byte(flags);
    w.varint(intern(a.type));
    if (a.deprecated) w.varint(intern(a.deprecated));
    if (a.nested) {
      w.byte(NESTING[a.nesting]);
      encodeBlock(w, a.nested);
    }
  }
  w.varint(block.blocks.length);
  for (const b of block.blocks) {
    w.varint(intern(b.name));
    w.byte(NESTING[b.nesting]);
    w.varint(b.minItems);
    w.varint(b.maxItems);
    encodeBlock(w, b.block);
  }
  const cs = block.constraints ?? [];
  w.varint(cs.length);
  for (const c of cs) {
    w.byte(CONSTRAINT[c.kind]);
    w.varint(c.names.length);
    c.names.forEach((n) => w.varint(intern(n)));
  }
}

const body = new Writer();
const index = [];
const kindCode = { resource: 0, data: 1, provider: 2 };
const sortedEntries = allEntries.sort((a, b) => kindCode[a.kind] - kindCode[b.kind] || (a.name < b.name ? -1 : 1));
for (const e of sortedEntries) {
  index.push({ kind: kindCode[e.kind], name: e.name, offset: body.length });
  encodeBlock(body, e.block);
}

const source = `${cdktfPackage.name}@${cdktfPackage.version}${pulumiPackage ? `; deprecations: ${pulumiPackage.name}@${pulumiPackage.version}` : ""}`;
const out = new Writer();
out.raw(Buffer.from("CLPS", "ascii"));
out.byte(1); // format version
out.string(providerAddress);
out.string(providerVersion);
out.string(source);
out.string(date);
out.varint(catalog.resources.size);
out.varint(catalog.dataSources.size);
out.varint(stringList.length);
for (const s of stringList) out.string(s);
out.varint(index.length);
for (const e of index) {
  out.byte(e.kind);
  out.varint(intern(e.name));
  out.varint(e.offset);
}
out.varint(renameList.length);
for (const r of renameList) {
  out.byte(r.kind === "data" ? 1 : 0);
  out.varint(intern(r.type ?? ""));
  out.varint(intern(r.from));
  out.varint(intern(r.to));
  out.varint(intern(r.source));
}
out.varint(body.length);
out.raw(body.toBuffer());

const raw = out.toBuffer();
const compressed = zlib.brotliCompressSync(raw, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
});
fs.writeFileSync(outFile, compressed);
log(`${outFile}: ${raw.length} bytes raw, ${compressed.length} compressed, ${stringList.length} strings, ${renameList.length} renames, ${constraintCount} constraint sets`);

if (args.summary) {
  fs.writeFileSync(args.summary, JSON.stringify({
    providerAddress, providerVersion, source, date,
    resources: catalog.resources.size, dataSources: catalog.dataSources.size,
    deprecations: deprecationStats, renames: renameList.length, constraints: constraintCount,
    rawBytes: raw.length, compressedBytes: compressed.length,
  }, null, 2) + "\n");
}

// --- helpers -----------------------------------------------------------------------------------------------
function Writer() {
  const chunks = [];
  let current = Buffer.alloc(1 << 16);
  let position = 0;
  let total = 0;
  const ensure = (n) => {
    if (position + n > current.length) {
      chunks.push(current.subarray(0, position));
      current = Buffer.alloc(Math.max(1 << 16, n));
      position = 0;
    }
  };
  this.byte = (b) => {
    ensure(1);
    current[position++] = b;
    total++;
  };
  this.varint = (value) => {
    if (!Number.isInteger(value) || value < 0) throw new Error(`bad varint ${value}`);
    do {
      let b = value & 0x7f;
      value = Math.floor(value / 128);
      if (value > 0) b |= 0x80;
      this.byte(b);
    } while (value > 0);
  };
  this.raw = (buffer) => {
    ensure(buffer.length);
    buffer.copy(current, position);
    position += buffer.length;
    total += buffer.length;
  };
  this.string = (s) => {
    const bytes = Buffer.from(s, "utf8");
    this.varint(bytes.length);
    this.raw(bytes);
  };
  Object.defineProperty(this, "length", { get: () => total });
  this.toBuffer = () => Buffer.concat([...chunks, current.subarray(0, position)]);
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

function upperFirst(s) {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

function lowerFirst(s) {
  return s.length ? s[0].toLowerCase() + s.slice(1) : s;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function parseArgs(list) {
  const result = {};
  for (let i = 0; i < list.length; i += 2) {
    if (!list[i].startsWith("--")) throw new Error(`unexpected ${list[i]}`);
    result[list[i].slice(2)] = list[i + 1];
  }
  return result;
}

function required(options, name) {
  if (!options[name]) throw new Error(`--${name} is required`);
  return options[name];
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

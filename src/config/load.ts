import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../document/line-index.js';
import type { FieldMap } from '../readers/types.js';
import { RULES } from '../rules/index.js';
import { SEVERITIES, type Severity } from '../rules/types.js';
import { DEFAULT_CONFIG, type Config } from './defaults.js';

export const CONFIG_FILE = 'mtlint.config.json';

/** A configuration file that cannot be used; the message names the file, the key and its position. */
export class ConfigError extends Error {}

/** `mtlint.config.json` in the working directory, if there is one. */
/**
 * The configuration file that applies in `cwd`: the nearest mtlint.config.json in it or a folder
 * above it, up to the repository's root (the folder holding .git) or the filesystem's root.
 */
export function findConfigFile(cwd = process.cwd()): string | undefined {
  for (let dir = resolve(cwd); ; ) {
    const path = join(dir, CONFIG_FILE);
    if (existsSync(path)) return path;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** Reads, validates and merges a configuration file (JSON with comments) over the defaults. */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${path}: cannot read the configuration file`);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lines = new LineIndex(text);
  const where = (node: Node | undefined): string => {
    const p = lines.position(node?.offset ?? 0);
    return `${path}:${p.line}:${p.column}`;
  };
  if (errors.length > 0 || !root) {
    const p = lines.position(errors[0]?.offset ?? 0);
    throw new ConfigError(`${path}:${p.line}:${p.column}: invalid JSON (${errors[0] ? printParseErrorCode(errors[0].error) : 'empty file'})`);
  }
  return new ConfigReader(where).read(root);
}

const TOP_LEVEL = ['$schema', 'threshold', 'failOn', 'maxFindings', 'rules', 'ruleOptions', 'scoring', 'fields', 'include', 'exclude', 'terms'] as const;
const RULE_IDS = RULES.map((r) => r.meta.id);

class ConfigReader {
  constructor(private readonly where: (node: Node | undefined) => string) {}

  read(root: Node): Config {
    const config: Config = structuredClone(DEFAULT_CONFIG);
    for (const [key, value, keyNode] of this.entries(root, '', TOP_LEVEL)) {
      switch (key) {
        case '$schema':
          break;
        case 'threshold':
          config.threshold = this.number(value, key, 0, 100);
          break;
        case 'failOn':
          config.failOn = value.type === 'null' || value.value === 'none' ? null : this.severity(value, key);
          break;
        case 'maxFindings':
          config.maxFindings = value.type === 'null' ? null : this.integer(value, key, 0);
          break;
        case 'rules':
          config.rules.overrides = this.rules(value);
          break;
        case 'ruleOptions':
          this.ruleOptions(value, config);
          break;
        case 'scoring':
          this.scoring(value, config);
          break;
        case 'fields':
          config.fields = this.fields(value);
          break;
        case 'include':
        case 'exclude':
          config[key] = this.strings(value, key);
          break;
        case 'terms':
          for (const [term, list] of this.entries(value, 'terms', ['accepted', 'flagged'])) {
            const terms = this.strings(list, `terms.${term}`);
            if (term === 'accepted') config.rules.options.acceptedTerms = terms;
            else config.rules.options.flaggedTerms = terms;
          }
          break;
        default:
          throw this.error(keyNode, key, 'unknown key');
      }
    }
    return config;
  }

  private rules(node: Node): Record<string, Severity | 'off'> {
    const overrides: Record<string, Severity | 'off'> = {};
    for (const [id, value, keyNode] of this.entries(node, 'rules', RULE_IDS)) {
      if (value.value === 'on') continue;
      if (value.value !== 'off' && !SEVERITIES.includes(value.value as Severity)) {
        throw this.error(value, `rules.${id}`, `expected "off", "on" or a severity (${SEVERITIES.join(', ')}), got ${JSON.stringify(value.value)}`);
      }
      void keyNode;
      overrides[id] = value.value as Severity | 'off';
    }
    return overrides;
  }

  private ruleOptions(node: Node, config: Config): void {
    const options = config.rules.options;
    for (const [key, value] of this.entries(node, 'ruleOptions', ['nearDuplicateThreshold', 'minRepeatParagraphWords', 'minRepeatSentenceWords'])) {
      if (key === 'nearDuplicateThreshold') options.nearDuplicateThreshold = this.number(value, `ruleOptions.${key}`, 0, 1);
      else options[key as 'minRepeatParagraphWords' | 'minRepeatSentenceWords'] = this.integer(value, `ruleOptions.${key}`, 1);
    }
  }

  private scoring(node: Node, config: Config): void {
    for (const [key, value] of this.entries(node, 'scoring', ['weights', 'minWords', 'sensitivity'])) {
      if (key === 'weights') {
        for (const [severity, weight] of this.entries(value, 'scoring.weights', SEVERITIES)) {
          config.scoring.weights[severity as Severity] = this.number(weight, `scoring.weights.${severity}`, 0, 1000);
        }
      } else if (key === 'minWords') config.scoring.minWords = this.integer(value, 'scoring.minWords', 1);
      else config.scoring.sensitivity = this.number(value, 'scoring.sensitivity', 0, 1000);
    }
  }

  private fields(node: Node): FieldMap {
    const fields: FieldMap = structuredClone(DEFAULT_CONFIG.fields);
    for (const [key, value] of this.entries(node, 'fields', Object.keys(fields))) {
      fields[key as keyof FieldMap] = value.type === 'string' ? [String(value.value)] : this.strings(value, `fields.${key}`);
    }
    return fields;
  }

  /** The properties of an object node, each checked against the known keys. */
  private entries(node: Node, path: string, known: readonly string[]): Array<[string, Node, Node]> {
    if (node.type !== 'object') throw this.error(node, path || 'the configuration', `expected an object, got ${describe(node)}`);
    return (node.children ?? []).map((prop) => {
      const [keyNode, value] = prop.children ?? [];
      const key = String(keyNode.value);
      const full = path ? `${path}.${key}` : key;
      if (!known.includes(key)) {
        const hint = closest(key, known);
        throw this.error(keyNode, full, `unknown ${path === 'rules' ? 'rule' : 'key'}${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${known.filter((k) => k !== '$schema').join(', ')}`);
      }
      return [key, value, keyNode];
    });
  }

  private number(node: Node, key: string, min: number, max: number): number {
    if (node.type !== 'number' || node.value < min || node.value > max) throw this.error(node, key, `expected a number from ${min} to ${max}, got ${describe(node)}`);
    return node.value as number;
  }

  private integer(node: Node, key: string, min: number): number {
    if (node.type !== 'number' || !Number.isInteger(node.value) || node.value < min) throw this.error(node, key, `expected a whole number ≥ ${min}, got ${describe(node)}`);
    return node.value as number;
  }

  private severity(node: Node, key: string): Severity {
    if (!SEVERITIES.includes(node.value as Severity)) throw this.error(node, key, `expected one of ${SEVERITIES.join(', ')} or "none", got ${describe(node)}`);
    return node.value as Severity;
  }

  private strings(node: Node, key: string): string[] {
    if (node.type !== 'array' || (node.children ?? []).some((c) => c.type !== 'string')) throw this.error(node, key, `expected an array of strings, got ${describe(node)}`);
    return (node.children ?? []).map((c) => String(c.value));
  }

  private error(node: Node | undefined, key: string, message: string): ConfigError {
    return new ConfigError(`${this.where(node)}: "${key}": ${message}`);
  }
}

function describe(node: Node): string {
  return node.type === 'object' || node.type === 'array' ? `an ${node.type}` : JSON.stringify(node.value);
}

/** The known key nearest to a misspelt one (edit distance ≤ 2). */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

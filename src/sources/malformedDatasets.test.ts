/**
 * Malformed datasets, property-based (issue 8): valid generated datasets, damaged in one way each,
 * read through the sources' own boundary (`parseBody` with the `Dataset` schema, and the core of
 * each with the `DatasetCore` schema, as the first screen reads it). Every damage has
 * one expected outcome: a schema problem naming the field, "not JSON", or (for tolerable changes)
 * the dataset read as it should be, with Object.prototype untouched.
 *
 * The seed is fixed (FC_SEED overrides it), so CI runs the same 5,000+ cases every time; a failure
 * prints the seed and the path to replay the shrunk case.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DatasetLoadError, type SchemaProblem } from '../http/errors.ts';
import { parseBody } from '../http/http.ts';
import { arbitraryDataset, arbitraryMutation, dotted, MUTATION_KINDS, type Expected, type JsonPath, type MutationKind } from '../testing/arbitraryDataset.ts';
import { Dataset, DatasetCore } from '../domain/dataset.ts';
import { splitDataset } from '../domain/datasetTexts.ts';

/** Fixed for CI; FC_SEED=<integer> replays another run (or the seed a failure printed). */
const SEED = /^-?\d+$/.test(process.env.FC_SEED ?? '') ? Number(process.env.FC_SEED) : 20_250_808;
const VALIDITY_RUNS = 500;
const MUTATION_RUNS = 5_000;
const CORE_MUTATION_RUNS = 1_000;
/** The error panel (ui/StatusPanels.tsx) lists this many problems; the one at fault must be among them. */
const PROBLEMS_SHOWN = 8;
const URL = 'http://dashboard.test/data/generated.json';

function issuesOf(value: unknown): string {
  const result = Dataset.safeParse(value);
  return result.success ? '' : result.error.issues.map((issue) => `${dotted(issue.path as JsonPath)}: ${issue.message}`).join('\n');
}

/** Own keys of Object.prototype, and whether a fresh object has picked anything up. */
const prototypeState = () => ({ keys: Reflect.ownKeys(Object.prototype).map(String).sort(), polluted: ({} as Record<string, unknown>).polluted });
const pristine = prototypeState();

/** Where a parsed value holds anything but plain objects and arrays, or an own "__proto__" key. */
function unplainNodes(value: unknown, path = '(document)', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  if (Object.getPrototypeOf(value) !== (Array.isArray(value) ? Array.prototype : Object.prototype)) out.push(`${path}: unexpected prototype`);
  if (Object.hasOwn(value, '__proto__')) out.push(`${path}: own "__proto__"`);
  for (const [key, item] of Object.entries(value)) unplainNodes(item, `${path}.${key}`, out);
  return out;
}

function read(body: string, schema: typeof Dataset | typeof DatasetCore = Dataset): { data: unknown } | { error: unknown } {
  try {
    return { data: parseBody<unknown>(schema, body, URL) };
  } catch (error) {
    return { error };
  }
}

function problemsOf(outcome: ReturnType<typeof read>, kind: DatasetLoadError['kind']): readonly SchemaProblem[] {
  if ('data' in outcome) throw new Error(`expected a ${kind} error, but the body was read as a dataset`);
  const { error } = outcome;
  if (!(error instanceof DatasetLoadError)) throw error;
  expect(error.kind, error.message).toBe(kind);
  return error.details.problems ?? [];
}

function check(expected: Expected, body: string, schema: typeof Dataset | typeof DatasetCore = Dataset): void {
  const outcome = read(body, schema);
  switch (expected.outcome) {
    case 'schema': {
      const problems = problemsOf(outcome, 'schema');
      const listed = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
      const at = problems.findIndex((p) => p.path === expected.path && (expected.message === undefined || p.message.includes(expected.message)));
      expect(at, `no problem at ${expected.path}${expected.message ? ` saying ${expected.message}` : ''} among:\n${listed}`).toBeGreaterThanOrEqual(0);
      expect(at, `the problem at ${expected.path} is not among the ${PROBLEMS_SHOWN} shown:\n${listed}`).toBeLessThan(PROBLEMS_SHOWN);
      break;
    }
    case 'not-json': {
      problemsOf(outcome, 'not-json');
      expect((outcome as { error: DatasetLoadError }).error.details.received).toBe(expected.received);
      break;
    }
    case 'ok': {
      if ('error' in outcome) throw new Error(`expected a readable dataset, got ${String(outcome.error)}\n${(outcome.error as DatasetLoadError).details?.problems?.map((p) => `${p.path}: ${p.message}`).join('\n') ?? ''}`);
      expect(outcome.data).toStrictEqual(expected.dataset);
      expect(unplainNodes(outcome.data)).toEqual([]);
      if (expected.absentAt) {
        let node: unknown = outcome.data;
        for (const step of expected.absentAt.path) node = (node as Record<string | number, unknown>)[step];
        for (const key of expected.absentAt.keys) expect(Object.hasOwn(node as object, key), `own "${key}" at ${dotted(expected.absentAt.path)}`).toBe(false);
      }
      break;
    }
  }
}

describe('Malformed datasets (property-based, fixed seed)', () => {
  test(`the generator makes valid datasets (${VALIDITY_RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        expect(issuesOf(dataset)).toBe('');
        // What the app receives is JSON: the generated value must survive it unchanged.
        expect(JSON.parse(JSON.stringify(dataset))).toStrictEqual(dataset);
      }),
      { seed: SEED, numRuns: VALIDITY_RUNS },
    );
  }, 30_000);

  test(`each mutation is read as expected: a named problem, "not JSON", or a working dataset (${MUTATION_RUNS} runs)`, () => {
    const seen = new Map<MutationKind, number>();
    fc.assert(
      fc.property(arbitraryDataset(), arbitraryMutation(), (dataset, mutation) => {
        const { body, expect: expected, description } = mutation.apply(dataset);
        seen.set(mutation.kind, (seen.get(mutation.kind) ?? 0) + 1);
        try {
          check(expected, body);
        } finally {
          // Restores the prototype (so one failure does not fail every later case), then reports.
          const after = prototypeState();
          for (const key of after.keys) if (!pristine.keys.includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
          expect(after, `Object.prototype after ${mutation.kind}: ${description}`).toStrictEqual(pristine);
        }
      }),
      { seed: SEED, numRuns: MUTATION_RUNS },
    );
    // Every kind was exercised a fair number of times (about 5,000 / 11 each).
    for (const kind of MUTATION_KINDS) expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(MUTATION_RUNS / MUTATION_KINDS.length / 2);
  }, 60_000);

  test(`the same on the core alone, read with its own schema (${CORE_MUTATION_RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitraryDataset(), arbitraryMutation(), (dataset, mutation) => {
        const { body, expect: expected, description } = mutation.apply(splitDataset(dataset).core);
        try {
          check(expected, body, DatasetCore);
        } finally {
          const after = prototypeState();
          for (const key of after.keys) if (!pristine.keys.includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
          expect(after, `Object.prototype after ${mutation.kind}: ${description}`).toStrictEqual(pristine);
        }
      }),
      { seed: SEED, numRuns: CORE_MUTATION_RUNS },
    );
  }, 60_000);
});

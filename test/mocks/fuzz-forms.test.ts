import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { agencySchema } from '../../machines/contact/contact.schema';

// Random values to every form schema (src/features/*/forms.ts, found by glob so a new feature's forms are
// fuzzed without anyone listing them) and to the machine schemas they wrap: parsing never throws, and a value
// that is refused gets messages that name a field of the form (the page puts each one by its field).

type Zod = z.ZodType;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- zod's internal definition is walked generically
type Def = any;

const defOf = (schema: Zod): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isZod = (value: unknown): value is Zod => value instanceof z.ZodType;

const formModules = import.meta.glob<Record<string, unknown>>('../../src/features/*/forms.ts', { eager: true });
const machineSchemaModules = import.meta.glob<Record<string, unknown>>(
  ['../../machines/contact/contact.schema.ts', '../../machines/info-request/info-request.schema.ts', '../../machines/scenario/scenario.schema.ts'],
  { eager: true },
);

/**
 * Schema factories exported by form modules, with the arguments to build them with. A factory missing here
 * fails the test that lists the schemas, so it cannot escape the fuzzing.
 */
const FACTORY_ARGS: Record<string, unknown[][]> = {
  makeReferrerFormSchema: [[], [agencySchema.options]],
  siblingFormSchemaFor: [['team-manager'], ['social-worker']],
};

interface Target {
  name: string;
  schema: Zod;
}

function schemasIn(modules: Record<string, Record<string, unknown>>): { targets: Target[]; unknownFactories: string[] } {
  const targets: Target[] = [];
  const unknownFactories: string[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    const where = file.replace(/^(\.\.\/)+/, '');
    for (const [name, value] of Object.entries(exports)) {
      if (isZod(value)) targets.push({ name: `${where} ${name}`, schema: value });
      else if (typeof value === 'function' && /Schema/.test(name)) {
        const argLists = FACTORY_ARGS[name];
        if (!argLists) {
          unknownFactories.push(`${where} ${name}`);
          continue;
        }
        for (const args of argLists) {
          targets.push({ name: `${where} ${name}(${JSON.stringify(args).slice(1, -1).slice(0, 40)})`, schema: (value as (...a: unknown[]) => Zod)(...args) });
        }
      }
    }
  }
  return { targets, unknownFactories };
}

const forms = schemasIn(formModules);
const machines = schemasIn(machineSchemaModules);

// --- Values near the schema: mostly the right shape, with wrong, missing and huge values mixed in ----------

const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, '', ' ', 'x'.repeat(20_000), -1, 0, 1.5, Number.NaN, Infinity, true, [], {}, '🙂', '2026-02-30T25:61:00Z'),
);

function near(schema: Zod, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const right = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
  if (depth > 5) return junk;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Zod>;
      return right(
        fc
          .record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, near(v, depth + 1)])), { requiredKeys: [] })
          .chain((value) => fc.option(fc.tuple(fc.string({ maxLength: 8 }), junk), { freq: 6 }).map((extra) => (extra ? { ...value, [`x${extra[0]}`]: extra[1] } : value))),
      );
    }
    case 'array':
      return right(fc.array(near(def.element as Zod, depth + 1), { maxLength: 4 }));
    case 'enum':
      return right(fc.constantFrom(...(Object.values(def.entries as Record<string, string>) as unknown[])));
    case 'literal':
      return right(fc.constantFrom(...(def.values as unknown[])));
    case 'string':
      return right(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('2026-03-04T10:15:00+00:00', 'a@b.example', '12', 'yes', 'no')));
    case 'boolean':
      return right(fc.boolean());
    case 'number':
    case 'int':
      return right(fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double()));
    case 'pipe':
      return near(def.in as Zod, depth + 1);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(near(def.innerType as Zod, depth + 1), fc.constantFrom(undefined, null));
    case 'union':
      return fc.oneof(...(def.options as Zod[]).map((o) => near(o, depth + 1)));
    case 'intersection':
      return fc.tuple(near(def.left as Zod, depth + 1), near(def.right as Zod, depth + 1)).map(([a, b]) =>
        a && b && typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a,
      );
    case 'lazy':
      return near(def.getter() as Zod, depth + 1);
    default:
      return junk;
  }
}

/** The object schema a form's pipes and transforms start from, if any: its keys are the form's fields. */
function fieldsOf(schema: Zod): string[] | undefined {
  const def = defOf(schema);
  if (def.type === 'pipe') return fieldsOf(def.in as Zod);
  if (def.type === 'object') return Object.keys(def.shape as object);
  return undefined;
}

/** Throws with a readable line if parsing threw, or if a refusal has a message that names no field. */
function check(target: Target, value: unknown, requireField: boolean): void {
  let result: ReturnType<Zod['safeParse']>;
  try {
    result = target.schema.safeParse(value);
  } catch (error) {
    throw new Error(`${target.name} threw on ${JSON.stringify(value)?.slice(0, 300)}: ${(error as Error).message}`);
  }
  if (result.success) return;
  const fields = fieldsOf(target.schema);
  for (const issue of result.error.issues) {
    if (typeof issue.message !== 'string' || issue.message.trim() === '') {
      throw new Error(`${target.name}: an issue with no message at ${issue.path.join('.')}`);
    }
    if (!requireField || !fields) continue;
    const first = issue.path[0];
    if (typeof first !== 'string' || !fields.includes(first)) {
      throw new Error(
        `${target.name}: "${issue.message}" names no field of the form (path ${JSON.stringify(issue.path)}) for ${JSON.stringify(value)?.slice(0, 300)}`,
      );
    }
  }
}

describe('fuzzing the form schemas', () => {
  it('finds the form schemas of every feature, and knows how to build each schema factory', () => {
    expect(forms.unknownFactories, 'add these to FACTORY_ARGS').toEqual([]);
    expect(Object.keys(formModules).length).toBeGreaterThanOrEqual(3);
    expect(forms.targets.length).toBeGreaterThanOrEqual(10);
  });

  it.each(forms.targets.map((t) => [t.name, t] as const))('%s: never throws; a refused value names a field', (_name, target) => {
    fc.assert(
      fc.property(fc.oneof(near(target.schema), fc.anything()), (value) => {
        // A value that is not even an object cannot come from the form: a message is enough there.
        const shaped = value !== null && typeof value === 'object' && !Array.isArray(value);
        check(target, value, shaped);
      }),
      { numRuns: 150 },
    );
  });
});

describe('fuzzing the machine schemas the forms wrap', () => {
  it('finds them', () => {
    expect(machines.unknownFactories).toEqual([]);
    expect(machines.targets.length).toBeGreaterThanOrEqual(10);
  });

  it('never throw on random values, and every refusal has a message', () => {
    for (const target of machines.targets) {
      fc.assert(
        fc.property(fc.oneof(near(target.schema), fc.anything()), (value) => check(target, value, false)),
        { numRuns: 40 },
      );
    }
  });
});

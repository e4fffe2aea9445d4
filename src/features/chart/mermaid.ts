import type { AnyStateMachine } from 'xstate';
import { buildChartModel, eventText, stateTitle, type ChartModel, type ChartState, type ChartTransition } from './chart-model';

// Mermaid `stateDiagram-v2` text for a machine, so the chart can be pasted into Markdown (GitHub, docs)
// and reviewed as text. Nested states become composite `state x { }` blocks with their own `[*]` start,
// final states lead to `[*]`, and eventless decision states are `<<choice>>` nodes.

/** Mermaid ids cannot contain dots: 'intake.referrer' -> 'intake_referrer'. */
export const mermaidId = (path: string) => path.replace(/[^A-Za-z0-9_]/g, '_');

/** Label text Mermaid reads as plain text: no colons, braces, semicolons or comment markers. */
function clean(text: string): string {
  return text
    .replace(/:\s*/g, '=')
    .replace(/[{}]/g, '')
    .replace(/;/g, ',')
    .replace(/%%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
}

function label(t: ChartTransition): string {
  const guard = t.guard ? `[${t.guard.text.replace(/:\s*/g, '=')}]` : '';
  return clean([t.eventless && !t.branch ? 'always' : eventText(t), guard, t.rule ?? ''].filter(Boolean).join(' '));
}

/** The innermost composite state that contains both ends of a transition ('' for the top level). */
function scopeOf(model: ChartModel, t: ChartTransition): string {
  const chain = (id: string) => {
    const out: string[] = [];
    let p = model.byId.get(id)?.parent;
    while (p) {
      out.push(p);
      p = model.byId.get(p)?.parent;
    }
    return out;
  };
  const targetAncestors = new Set(chain(t.target));
  return chain(t.source).find((a) => targetAncestors.has(a)) ?? '';
}

export function modelToMermaid(model: ChartModel): string {
  const lines = ['stateDiagram-v2'];
  const byScope = new Map<string, ChartTransition[]>();
  for (const t of model.transitions) {
    const scope = scopeOf(model, t);
    byScope.set(scope, [...(byScope.get(scope) ?? []), t]);
  }

  const writeScope = (scope: string, children: ChartState[], initial: string | undefined, indent: string) => {
    if (initial) lines.push(`${indent}[*] --> ${mermaidId(initial)}`);
    for (const state of children) {
      const id = mermaidId(state.id);
      if (state.kind === 'choice') {
        lines.push(`${indent}state ${id} <<choice>>`);
      } else if (state.children.length > 0) {
        lines.push(`${indent}state "${clean(stateTitle(state))}" as ${id} {`);
        writeScope(
          state.id,
          state.children.map((c) => model.byId.get(c)).filter((c) => c !== undefined),
          state.initial,
          `${indent}  `,
        );
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${clean(stateTitle(state))}" as ${id}`);
      }
    }
    for (const t of byScope.get(scope) ?? []) {
      lines.push(`${indent}${mermaidId(t.source)} --> ${mermaidId(t.target)} : ${label(t)}`);
    }
    for (const state of children) {
      if (state.kind === 'final') lines.push(`${indent}${mermaidId(state.id)} --> [*]`);
    }
  };

  writeScope('', model.states.filter((s) => s.parent === undefined), model.initial, '  ');
  return `${lines.join('\n')}\n`;
}

/** Mermaid stateDiagram-v2 text for a machine (pure: same machine, same text). */
export function toMermaid(machine: AnyStateMachine): string {
  return modelToMermaid(buildChartModel(machine));
}

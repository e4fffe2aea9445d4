import { memo, useRef, type KeyboardEvent } from 'react';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { AUTHORITY_NAMES } from '../../../machines/rules/catalogue';
import { eventText, stateTitle, statePathTitle, type ChartModel, type ChartState } from './chart-model';
import { STATUS_TEXT, type ChartView, type Selection } from './view';

// The text version of the chart: every state as a nested list with its transitions, in document order,
// marked like the drawing (current, never reached, can be sent now). Each entry is a button that opens
// its details; Up and Down arrows move between entries, Home and End jump to the first and last.

export interface ChartOutlineProps {
  model: ChartModel;
  authority: AuthorityId;
  view: ChartView;
  onSelect: (selection: Selection) => void;
  headingId: string;
  heading?: string;
  headingLevel?: 2 | 3;
  /** Compound states drawn closed, and the way to open or close one (the drawing's +/− marks). */
  collapsed?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
}

interface ItemProps {
  model: ChartModel;
  state: ChartState;
  authorityName: string;
  view: ChartView;
  collapsed?: ReadonlySet<string>;
  onSelect: (selection: Selection) => void;
  onToggle?: (id: string) => void;
  /** Everything this entry and the entries nested in it show from the view; it re-renders only when this changes. */
  signature: string;
}

/** What a state's entry shows from the view, its own marks and those of its transitions and children. */
function signatureOf(model: ChartModel, state: ChartState, view: ChartView, collapsed: ReadonlySet<string> | undefined): string {
  const own = [view.active, view.visited, view.greyedStates, view.differs].map((set) => (set.has(state.id) ? 1 : 0)).join('');
  const transitions = model.transitions
    .filter((t) => t.source === state.id)
    .map((t) => `${view.status.get(t.id) ?? ''}${view.taken.has(t.id) ? 't' : ''}${view.greyedTransitions.has(t.id) ? 'g' : ''}${view.differs.has(t.id) ? 'd' : ''}`)
    .join(',');
  const children = state.children.map((c) => signatureOf(model, model.byId.get(c)!, view, collapsed)).join(';');
  return `${own}${collapsed?.has(state.id) ? 'c' : ''}[${transitions}]{${children}}`;
}

const OutlineState = memo(
  function OutlineState({ model, state, authorityName, view, collapsed, onSelect, onToggle }: ItemProps) {
    const children = state.children.map((c) => model.byId.get(c)).filter((c) => c !== undefined);
    const notes = [
      model.initial === state.id || model.byId.get(state.parent ?? '')?.initial === state.id ? 'starts here' : '',
      state.kind === 'choice' ? 'decision point' : '',
      state.kind === 'final' ? 'end' : '',
      view.active.has(state.id) ? 'current' : '',
      view.visited.has(state.id) && !view.active.has(state.id) ? 'visited' : '',
      view.greyedStates.has(state.id) ? `never reached in ${authorityName}` : '',
      view.differs.has(state.id) ? 'differs' : '',
    ].filter(Boolean);
    const out = model.transitions.filter((t) => t.source === state.id);
    return (
      <li data-outline-state={state.id} data-active={view.active.has(state.id) ? 'true' : undefined}>
        <button
          type="button"
          className="fd-link-button fd-chart-outline__state"
          data-outline="state"
          aria-current={view.active.has(state.id) && !children.some((c) => view.active.has(c.id)) ? 'step' : undefined}
          onClick={() => onSelect({ kind: 'state', id: state.id })}
        >
          {stateTitle(state)}
        </button>
        {notes.length > 0 && <span className="govuk-body-s"> ({notes.join(', ')})</span>}
        {children.length > 0 && onToggle && (
          <>
            {' '}
            <button type="button" className="fd-link-button fd-chart-small-link" data-outline="toggle" onClick={() => onToggle(state.id)}>
              {collapsed?.has(state.id) ? 'Expand' : 'Collapse'} {stateTitle(state)} in the drawing
            </button>
          </>
        )}
        {state.rules.length > 0 && <span className="govuk-body-s fd-chart-outline__rules"> Rules: {state.rules.join(', ')}</span>}
        {out.length > 0 && (
          <ul className="fd-chart-outline__transitions" aria-label={`Transitions from ${stateTitle(state)}`}>
            {out.map((t) => {
              const status = view.status.get(t.id);
              const marks = [
                status ? STATUS_TEXT[status] : '',
                view.taken.has(t.id) ? 'just taken' : '',
                view.greyedTransitions.has(t.id) ? `never taken in ${authorityName}` : '',
                view.differs.has(t.id) ? 'differs' : '',
              ].filter(Boolean);
              return (
                <li key={t.id} data-outline-transition={t.id}>
                  <button type="button" className="fd-link-button fd-chart-outline__transition" data-outline="transition" onClick={() => onSelect({ kind: 'transition', id: t.id })}>
                    {eventText(t)}
                    {t.guard ? ` [${t.guard.text}]` : ''}
                    {t.rule ? ` ${t.rule}` : ''}
                  </button>{' '}
                  <span className="govuk-body-s">
                    → {t.internal ? 'stays' : statePathTitle(model, t.target)}
                    {marks.length > 0 ? ` (${marks.join(', ')})` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {children.length > 0 && (
          <ul className="fd-chart-outline__states">
            {children.map((child) => (
              <OutlineState
                key={child.id}
                model={model}
                state={child}
                authorityName={authorityName}
                view={view}
                {...(collapsed ? { collapsed } : {})}
                onSelect={onSelect}
                {...(onToggle ? { onToggle } : {})}
                signature={signatureOf(model, child, view, collapsed)}
              />
            ))}
          </ul>
        )}
      </li>
    );
  },
  (a, b) =>
    a.signature === b.signature && a.model === b.model && a.state === b.state && a.authorityName === b.authorityName && a.onSelect === b.onSelect && a.onToggle === b.onToggle,
);

export function ChartOutline({ model, authority, view, onSelect, headingId, heading = 'Text version of the chart', headingLevel = 2, collapsed, onToggle }: ChartOutlineProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const root = useRef<HTMLDivElement>(null);
  const authorityName = AUTHORITY_NAMES[authority];

  const onKeyDown = (event: KeyboardEvent) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key) || !root.current) return;
    const buttons = [...root.current.querySelectorAll<HTMLButtonElement>('button[data-outline]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
  };

  return (
    <div className="fd-chart-outline" ref={root} onKeyDown={onKeyDown} role="presentation">
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={headingId}>
        {heading}
      </Heading>
      <p className="govuk-body-s">Every state and transition of the chart. Use Up and Down arrows to move between them, Enter for details.</p>
      <ul className="fd-chart-outline__states" aria-labelledby={headingId}>
        {model.states
          .filter((s) => s.parent === undefined)
          .map((state) => (
            <OutlineState
              key={state.id}
              model={model}
              state={state}
              authorityName={authorityName}
              view={view}
              {...(collapsed ? { collapsed } : {})}
              onSelect={onSelect}
              {...(onToggle ? { onToggle } : {})}
              signature={signatureOf(model, state, view, collapsed)}
            />
          ))}
      </ul>
    </div>
  );
}

import type { ReactNode } from 'react';
import { AUTHORITY_NAMES, RULES } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';
import type { Attempt, Debrief, DebriefItem } from '../../api/training';
import { formatInstant } from '../../lib/format';
import { CATEGORY_NAMES, percent, RESULT_NAMES, RESULT_ORDER, RESULT_TAGS } from './labels';
import { MODE_NAMES } from './search';
import type { PathChartSlotProps } from './slots';
import { RuleCitation } from './rule-citation';

// The debrief: score and pass, every scored item worst first (breaches at the top, marked in words and
// with a warning, not by colour alone), each with what was expected, what the trainee did and the rules
// behind it with their citation; then the trainee's path against the expected path as a text table (the
// accessible version) and the chart slot beside it. Everything shown is the server's debrief, computed by
// scoreAttempt from the machines; this component words and lays it out.

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const show = (value: string | undefined) => (value === undefined ? '—' : INSTANT.test(value) ? formatInstant(value) : value);

export function sortedItems(items: readonly DebriefItem[]): DebriefItem[] {
  return [...items].sort((a, b) => RESULT_ORDER.indexOf(a.result) - RESULT_ORDER.indexOf(b.result));
}

function Score({ attempt }: { attempt: Attempt }) {
  const { debrief } = attempt;
  return (
    <div className={`govuk-panel ${attempt.passed ? 'fd-panel--passed' : 'fd-panel--not-passed'}`} data-testid="debrief-score">
      <h2 className="govuk-panel__title">{attempt.passed ? 'Passed' : 'Not passed'}</h2>
      <div className="govuk-panel__body">
        Score {percent(debrief.percent)} ({debrief.points} of {debrief.maxPoints} points)
      </div>
    </div>
  );
}

function ItemRow({ item, authority }: { item: DebriefItem; authority: Attempt['authority'] }) {
  return (
    <tr className={`govuk-table__row fd-debrief__row--${item.result}`} data-item={item.id} data-result={item.result}>
      <td className="govuk-table__cell">
        <strong className={`govuk-tag ${RESULT_TAGS[item.result]}`}>
          {item.result === 'breach' && <span aria-hidden="true">! </span>}
          {RESULT_NAMES[item.result]}
        </strong>
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{CATEGORY_NAMES[item.category]}</span>
      </td>
      <td className="govuk-table__cell">
        <p className="govuk-body-s govuk-!-margin-bottom-1">{item.message}</p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          Expected: {show(item.expected)}
          <br />
          Yours: {show(item.actual)}
        </p>
      </td>
      <td className="govuk-table__cell">
        {item.rules.length === 0 ? (
          <span className="govuk-body-s">—</span>
        ) : (
          <ul className="govuk-list govuk-body-s">
            {item.rules.map((id) => (
              <li key={id} className="govuk-!-margin-bottom-2">
                <RuleCitation id={id} authority={authority} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {item.points} / {item.maxPoints}
      </td>
    </tr>
  );
}

/** The states of both paths in the order they were visited: the expected path, with the trainee's extra states after it. */
export function pathRows(debrief: Debrief): { state: string; trainee: boolean; expected: boolean; rules: RuleId[] }[] {
  const states = [...debrief.expectedPath, ...debrief.traineePath.filter((s) => !debrief.expectedPath.includes(s))];
  return states.map((state) => ({
    state,
    trainee: debrief.traineePath.includes(state),
    expected: debrief.expectedPath.includes(state),
    rules: debrief.pathDifferences.find((d) => d.state === state)?.rules ?? [],
  }));
}

function PathTable({ attempt }: { attempt: Attempt }) {
  const rows = pathRows(attempt.debrief);
  return (
    <table className="govuk-table" data-testid="path-table">
      <caption className="govuk-table__caption govuk-table__caption--s">Your path and the expected path through the procedure</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">State</th>
          <th scope="col" className="govuk-table__header">Your call</th>
          <th scope="col" className="govuk-table__header">Expected</th>
          <th scope="col" className="govuk-table__header">Rule behind the difference</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.state} className="govuk-table__row" data-state={row.state}>
            <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
              <code>{row.state}</code>
            </th>
            <td className="govuk-table__cell">{row.trainee ? 'Visited' : 'Not visited'}</td>
            <td className="govuk-table__cell">{row.expected ? 'Visited' : 'Not visited'}</td>
            <td className="govuk-table__cell govuk-body-s">
              {row.trainee === row.expected
                ? 'Same'
                : row.rules.length === 0
                  ? 'Different'
                  : row.rules.map((r) => `${RULES[r].title} (${r})`).join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Outcomes({ debrief }: { debrief: Debrief }) {
  const rows: [string, string, string][] = [];
  const { expected: e, trainee: t } = debrief;
  if (e.route !== undefined || t.route !== undefined) rows.push(['Route', show(e.route), show(t.route)]);
  if (e.identity !== undefined || t.identity !== undefined) rows.push(['Referrer identity', show(e.identity), show(t.identity)]);
  if (e.decision !== undefined || t.decision !== undefined) rows.push(['Decision', show(e.decision), show(t.decision)]);
  rows.push(['Required actions', e.actions.join(', ') || 'none', t.actions.join(', ') || 'none']);
  for (const d of new Set([...Object.keys(e.deadlines), ...Object.keys(t.deadlines)])) {
    rows.push([`Deadline: ${d}`, show(e.deadlines[d]), show(t.deadlines[d])]);
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">What the procedure expected and what your record gave</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Item</th>
          <th scope="col" className="govuk-table__header">Expected</th>
          <th scope="col" className="govuk-table__header">Your record</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(([name, exp, act]) => (
          <tr key={name} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">{name}</th>
            <td className="govuk-table__cell govuk-body-s">{exp}</td>
            <td className="govuk-table__cell govuk-body-s">{act}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DebriefView({ attempt, renderPathChart }: { attempt: Attempt; renderPathChart?: ((p: PathChartSlotProps) => ReactNode) | undefined }) {
  const { debrief } = attempt;
  const items = sortedItems(debrief.items);
  const breaches = items.filter((i) => i.result === 'breach');
  return (
    <>
      <span className="govuk-caption-l">
        Debrief · {AUTHORITY_NAMES[attempt.authority]} · {MODE_NAMES[attempt.mode]} mode · {attempt.trainee} · {formatInstant(attempt.at)}
      </span>
      <h1 className="govuk-heading-l">{attempt.scenarioTitle}</h1>
      <Score attempt={attempt} />
      {breaches.length > 0 && (
        <div className="govuk-warning-text" data-testid="breach-warning">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {breaches.length === 1 ? 'One answer' : `${breaches.length} answers`} would have breached a referrer’s anonymity or the family’s consent:{' '}
            {breaches.map((b) => b.rules.join(', ')).join('; ')}. A breach means the call is not passed, whatever the score.
          </strong>
        </div>
      )}
      <table className="govuk-table fd-debrief" data-testid="debrief-items">
        <caption className="govuk-table__caption govuk-table__caption--m">What you did, item by item</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Result</th>
            <th scope="col" className="govuk-table__header">What happened</th>
            <th scope="col" className="govuk-table__header">Rules</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Points</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} authority={attempt.authority} />
          ))}
        </tbody>
      </table>
      <h2 className="govuk-heading-m">Outcome</h2>
      <Outcomes debrief={debrief} />
      <h2 className="govuk-heading-m">Path through the procedure</h2>
      <PathTable attempt={attempt} />
      {renderPathChart?.({ machine: attempt.kind, authority: attempt.authority, traineePath: debrief.traineePath, expectedPath: debrief.expectedPath })}
      <p className="govuk-body">
        <a className="govuk-link" href="/training">
          Take another call
        </a>{' '}
        ·{' '}
        <a className="govuk-link" href="/training/history">
          My history
        </a>
      </p>
    </>
  );
}

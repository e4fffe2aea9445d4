import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PROFILE_LIST } from '../../../machines/authorities';
import { ROUTES, type AuthorityId, type Route } from '../../../machines/contact/contact.schema';
import { getContactsExport } from '../../api/audit';
import { useContacts } from '../../api/contacts';
import { formatInstant, timeLeft } from '../../lib/format';
import { ROUTE_LABELS } from '../../lib/labels';
import { download, toCsv } from '../../lib/download';
import { countByStage, filterQueue, NO_FILTERS, syntheticQueue, toQueue, type QueueFilters, type QueueItem, type QueueStage } from './queue-data';
import { ROLE_NAMES, useSignedIn } from '../../lib/session';
import { useNow } from './use-now';
import { VirtualList } from './virtual-list';

const STAGE_LABELS: Record<QueueStage, string> = { screening: 'Awaiting screening', decision: 'Awaiting decision' };
const ROW_HEIGHT = 44;
const AUTHORITY_NAMES = Object.fromEntries(PROFILE_LIST.map((p) => [p.id, p.name])) as Record<AuthorityId, string>;

/** `?synthetic=N` fills the queue with N made-up contacts, for the performance bench only. */
function syntheticCount(): number {
  const n = Number(new URLSearchParams(window.location.search).get('synthetic') ?? '0');
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100_000) : 0;
}

/** One queue filter: a controlled select in a quarter column, "All" first (no filter). */
function FilterSelect(props: { id: string; label: string; value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="govuk-grid-column-one-quarter">
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={props.id}>
          {props.label}
        </label>
        <select id={props.id} className="govuk-select" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">All</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function QueueRow({ item, now }: { item: QueueItem; now: number }) {
  const left = item.dueIso ? timeLeft(item.dueIso, now) : undefined;
  return (
    <div className="fd-queue-row" style={{ display: 'flex', gap: '1rem', alignItems: 'center', height: '100%', borderBottom: '1px solid #b1b4b6' }}>
      <a className="govuk-link" href={`/desk/${item.id}`} style={{ width: '9rem' }}>
        {item.reference}
      </a>
      <span style={{ width: '8rem' }}>{AUTHORITY_NAMES[item.authority]}</span>
      <span style={{ width: '10rem' }}>{STAGE_LABELS[item.stage]}</span>
      <span style={{ flex: 1 }}>
        {item.dueIso ? formatInstant(item.dueIso) : 'No decision deadline'}{' '}
        {left && <strong className={`govuk-tag ${left.overdue ? 'govuk-tag--red' : 'govuk-tag--grey'}`}>{left.text}</strong>}
      </span>
    </div>
  );
}

export function QueuePage() {
  const user = useSignedIn();
  const [synthetic] = useState(syntheticCount);
  const contacts = useContacts({ status: 'submitted' });
  const [generatedAt] = useState(() => Date.now());
  const all = useMemo(() => {
    if (synthetic > 0) {
      performance.mark('queue-data-ready');
      return syntheticQueue(synthetic, generatedAt);
    }
    if (!contacts.data) return undefined;
    performance.mark('queue-data-ready');
    return toQueue(contacts.data.items);
  }, [synthetic, contacts.data, generatedAt]);
  const [filters, setFilters] = useState<QueueFilters>(NO_FILTERS);
  const now = useNow(1000);
  // Filtering re-runs when filters change or once a minute, not every second: countdown text updates alone.
  const minute = Math.floor(now / 60_000);
  const shown = useMemo(() => (all ? filterQueue(all, filters, minute * 60_000) : []), [all, filters, minute]);
  const counts = useMemo(() => countByStage(all ?? []), [all]);
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (all && !marked.current) {
      marked.current = true;
      performance.mark('queue-rendered');
      // After the browser has painted the first rows: what the bench reports as first render.
      requestAnimationFrame(() => setTimeout(() => performance.mark('queue-painted'), 0));
    }
  }, [all]);
  useEffect(() => {
    document.title = 'Work queue – Front Door';
  }, []);
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  async function exportContacts() {
    const { items } = await getContactsExport();
    download('contacts.csv', toCsv(items, ['reference', 'authority', 'received', 'route', 'state', 'outcome', 'decisionAt', 'decisionDue', 'withinTimescale']), 'text/csv');
  }

  return (
    <>
      <h1 className="govuk-heading-l">Work queue</h1>
      {user ? (
        <p className="govuk-body">
          Signed in as {user.name}, {ROLE_NAMES[user.role].toLowerCase()}.
        </p>
      ) : (
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-in">
            Sign in
          </a>{' '}
          to act as a call handler, social worker, team manager or trainer.
        </p>
      )}
      <ul className="govuk-list" aria-label="Counts per stage" data-testid="stage-counts">
        {(['screening', 'decision'] as const).map((s) => (
          <li key={s}>
            {STAGE_LABELS[s]}: <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      <div className="govuk-grid-row">
        <FilterSelect
          id="filter-authority"
          label="Authority"
          value={filters.authority}
          onChange={(v) => set('authority', v as AuthorityId | '')}
          options={PROFILE_LIST.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FilterSelect
          id="filter-route"
          label="Route"
          value={filters.route}
          onChange={(v) => set('route', v as Route | '')}
          options={ROUTES.filter((r) => r === 'front-door' || r === 'out-of-hours').map((r) => ({ value: r, label: ROUTE_LABELS[r] }))}
        />
        <FilterSelect
          id="filter-stage"
          label="Status"
          value={filters.stage}
          onChange={(v) => set('stage', v as QueueStage | '')}
          options={(['screening', 'decision'] as const).map((st) => ({ value: st, label: STAGE_LABELS[st] }))}
        />
        <div className="govuk-grid-column-one-quarter">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="filter-due-today" type="checkbox" checked={filters.dueToday} onChange={(e) => set('dueToday', e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-due-today">
                Due today
              </label>
            </div>
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="filter-overdue" type="checkbox" checked={filters.overdue} onChange={(e) => set('overdue', e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-overdue">
                Overdue
              </label>
            </div>
          </div>
        </div>
      </div>
      {contacts.isError && synthetic === 0 && <p className="govuk-body">The queue could not be loaded.</p>}
      {!all && contacts.isPending && <p className="govuk-body">Loading the queue…</p>}
      {all && (
        <>
          <p className="govuk-body" role="status" data-testid="queue-shown">
            Showing {shown.length} of {all.length} contacts, soonest decision deadline first.
          </p>
          {shown.length > 0 && (
            <VirtualList
              items={shown}
              rowHeight={ROW_HEIGHT}
              height={Math.min(600, shown.length * ROW_HEIGHT + 2)}
              label="Contacts awaiting screening or a decision"
              getKey={(i) => i.id}
              renderRow={(item) => <QueueRow item={item} now={now} />}
            />
          )}
        </>
      )}
      <div className="govuk-button-group govuk-!-margin-top-6">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void exportContacts()}>
          Export contacts as CSV
        </button>
        <a className="govuk-link" href="/info-requests">
          Information requests
        </a>
      </div>
    </>
  );
}

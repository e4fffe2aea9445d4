import type { AnyStateMachine } from 'xstate';
import { PROFILE_LIST } from '../../../machines/authorities';
import { contactMachine } from '../../../machines/contact/contact.machine';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { infoRequestMachine } from '../../../machines/info-request/info-request.machine';
import { buildChartModel, type ChartModel } from './chart-model';

// The machines the chart can draw. A chart is always of one machine configured for one authority: the
// structure comes from the machine, the authority changes which branches can be taken and which
// section of which procedure each rule cites.

export type ChartMachineId = 'contact' | 'info-request';

export interface ChartMachineEntry {
  id: ChartMachineId;
  title: string;
  machine: AnyStateMachine;
  /** The machine's input for an authority, as the app would create it (`input: {authority, receivedAt, channel}`). */
  input: (authority: AuthorityId) => Record<string, unknown>;
}

// A fixed weekday morning (front doors open everywhere) so that the chart is the same on every load.
export const SAMPLE_RECEIVED_AT = '2026-03-04T10:15:00+00:00';

export const CHART_MACHINES: Record<ChartMachineId, ChartMachineEntry> = {
  contact: {
    id: 'contact',
    title: 'Contact',
    machine: contactMachine,
    input: (authority) => ({ authority, receivedAt: SAMPLE_RECEIVED_AT, channel: 'phone' }),
  },
  'info-request': {
    id: 'info-request',
    title: 'Information request',
    machine: infoRequestMachine,
    input: (authority) => ({ authority, receivedAt: SAMPLE_RECEIVED_AT }),
  },
};

export const CHART_MACHINE_IDS = Object.keys(CHART_MACHINES) as ChartMachineId[];

export const AUTHORITIES: { id: AuthorityId; name: string }[] = PROFILE_LIST.map((p) => ({ id: p.id, name: p.name }));

export function isChartMachineId(value: string): value is ChartMachineId {
  return value in CHART_MACHINES;
}

export function isAuthorityId(value: string): value is AuthorityId {
  return AUTHORITIES.some((a) => a.id === value);
}


const models = new Map<ChartMachineId, ChartModel>();

/** The chart model of a machine, built once per page. */
export function modelFor(machine: ChartMachineId): ChartModel {
  let model = models.get(machine);
  if (!model) {
    model = buildChartModel(CHART_MACHINES[machine].machine);
    models.set(machine, model);
  }
  return model;
}

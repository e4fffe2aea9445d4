import { describe, expect, it } from 'vitest';
import { contactMachine } from '../../machines/contact/contact.machine';
import { buildChartModel } from '../../src/features/chart/chart-model';
import { layoutChart } from '../../src/features/chart/layout';
import { toSvg } from '../../src/features/chart/svg-export';
import { EMPTY_VIEW } from '../../src/features/chart/view';
import { inProcessEngine } from './chart-support';

describe('SVG export', () => {
  it('writes a well-formed SVG of the laid-out chart with the view’s marks', async () => {
    const model = buildChartModel(contactMachine);
    const layout = await layoutChart(inProcessEngine, model, { collapsed: new Set(['intake']), hideNavigation: true });
    const svg = toSvg(model, layout, { ...EMPTY_VIEW, active: new Set(['screening']), greyedStates: new Set(['onlineRequest']) }, 'Contact <Dorset> & co');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Contact <Dorset> & co');
    // Intake is collapsed: its children are not drawn, everything else is.
    const drawn = [...doc.querySelectorAll('[data-state-id]')].map((e) => e.getAttribute('data-state-id'));
    expect(drawn).toContain('intake');
    expect(drawn).not.toContain('intake.referrer');
    expect(drawn).toHaveLength(model.states.length - 4);
    expect(doc.querySelector('[data-state-id="screening"]')?.getAttribute('data-active')).toBe('true');
    expect(doc.querySelector('[data-state-id="onlineRequest"]')?.getAttribute('data-greyed')).toBe('true');
    // Transitions from inside the collapsed state start at it.
    expect(doc.querySelector('[data-transition-id="intake.parents:parents.recorded:0"]')).not.toBeNull();
  });
});

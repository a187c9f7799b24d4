import { describe, expect, it } from 'vitest';
import { ANALYTICS_FILTERS, parseAnalyticsView } from './analytics-view';

const LAB = '0b7e6a3c-1d2f-4a5b-8c9d-0e1f2a3b4c5d';
const DOCK = '1c8f7b4d-2e3a-4b6c-9d0e-1f2a3b4c5d6e';

describe('analytics view in the address', () => {
  it('opens on the last 7 days with the usual activation energy', () => {
    expect(parseAnalyticsView(ANALYTICS_FILTERS)).toEqual({
      sensorIds: [],
      range: '7d',
      custom: { from: '', to: '' },
      activationEnergy: '10000',
    });
  });

  it('reads sensors, a custom range and the activation energy; drops what it cannot read', () => {
    const view = parseAnalyticsView({
      sensors: `${LAB},not-an-id,${DOCK},${LAB}`,
      range: 'custom',
      from: '2026-06-10T08:00',
      to: 'tomorrow',
      activationEnergy: ' 8314 ',
    });
    expect(view).toEqual({
      sensorIds: [LAB, DOCK],
      range: 'custom',
      custom: { from: '2026-06-10T08:00', to: '' },
      activationEnergy: '8314',
    });
    expect(parseAnalyticsView({ ...ANALYTICS_FILTERS, range: '90d', activationEnergy: ' ' })).toMatchObject({
      range: '7d',
      activationEnergy: '10000',
    });
  });

  it('passes an activation energy out of range on as typed, for the server to say what is wrong', () => {
    expect(parseAnalyticsView({ ...ANALYTICS_FILTERS, activationEnergy: '50' }).activationEnergy).toBe('50');
  });
});

import type { AlarmRule, Instrument, Sensor } from '@factoryops/contracts';

/** A rule with the sensor and instrument it belongs to (null when the instrument list does not name it). */
export interface RuleRow {
  rule: AlarmRule;
  sensor: Sensor | null;
  instrument: Instrument | null;
}

/** The rules beside their sensors, in the instruments' order and by channel; unknown sensors last. */
export function ruleRows(rules: readonly AlarmRule[], instruments: readonly Instrument[]): RuleRow[] {
  const bySensor = new Map(
    instruments.flatMap((instrument) =>
      instrument.sensors.map((sensor) => [sensor.id, { sensor, instrument }]),
    ),
  );
  const order = new Map(
    instruments.flatMap((instrument) => instrument.sensors).map((sensor, index) => [sensor.id, index]),
  );
  return rules
    .map((rule) => ({
      rule,
      sensor: bySensor.get(rule.sensorId)?.sensor ?? null,
      instrument: bySensor.get(rule.sensorId)?.instrument ?? null,
    }))
    .sort((a, b) => (order.get(a.rule.sensorId) ?? order.size) - (order.get(b.rule.sensorId) ?? order.size));
}

import type { AlarmRule } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import {
  communicationText,
  delayText,
  levelsLines,
  levelsText,
  listFieldError,
  notifyText,
  readNumber,
  ruleValuesOf,
  splitAddresses,
  toRuleInput,
  unreadableFields,
} from './rule-values';

const off = { alarmLow: null, warningLow: null, warningHigh: null, alarmHigh: null, hysteresis: 0 };

const rule: AlarmRule = {
  sensorId: '00000000-0000-4000-8000-000000000001',
  enabled: true,
  temperature: { alarmLow: 15, warningLow: 18, warningHigh: 25, alarmHigh: 28, hysteresis: 0.5 },
  humidity: { ...off, warningHigh: 60, alarmHigh: 70 },
  delaySeconds: 60,
  communicationLossIntervals: null,
  calibrationDue: true,
  recipients: ['lab@plant.example', 'qa@plant.example'],
  escalationRecipients: [],
  escalateAfterMinutes: null,
  version: 3,
  updatedAt: '2026-11-23T10:00:00Z',
};

describe('rule form values', () => {
  it('shows off (null) as an empty input, and every number as typed text', () => {
    const values = ruleValuesOf(rule);
    expect(values.temperature).toEqual({
      alarmLow: '15',
      warningLow: '18',
      warningHigh: '25',
      alarmHigh: '28',
      hysteresis: '0.5',
    });
    expect(values.humidity.alarmLow).toBe('');
    expect(values.communicationLossIntervals).toBe('');
    expect(values.escalateAfterMinutes).toBe('');
    expect(values.recipients).toBe('lab@plant.example\nqa@plant.example');
  });

  it('sends the rule back unchanged, with the version seen', () => {
    expect(toRuleInput(ruleValuesOf(rule), rule.version)).toEqual({
      enabled: true,
      temperature: rule.temperature,
      humidity: rule.humidity,
      delaySeconds: 60,
      communicationLossIntervals: null,
      calibrationDue: true,
      recipients: rule.recipients,
      escalationRecipients: [],
      escalateAfterMinutes: null,
      version: 3,
    });
  });

  it('turns empty inputs into off (null), or 0 for the delay and the hysteresis', () => {
    const values = ruleValuesOf(rule);
    values.temperature = { alarmLow: '', warningLow: ' ', warningHigh: '0', alarmHigh: '', hysteresis: '' };
    values.delaySeconds = '';
    values.communicationLossIntervals = '3';
    values.escalateAfterMinutes = '30';
    values.escalationRecipients = 'boss@plant.example, night@plant.example;\nqa@plant.example';
    const input = toRuleInput(values, 0);
    expect(input.temperature).toEqual({ ...off, warningHigh: 0 });
    expect(input.delaySeconds).toBe(0);
    expect(input.communicationLossIntervals).toBe(3);
    expect(input.escalateAfterMinutes).toBe(30);
    expect(input.escalationRecipients).toEqual([
      'boss@plant.example',
      'night@plant.example',
      'qa@plant.example',
    ]);
    expect(input.version).toBe(0);
  });

  it.each([
    ['', null],
    ['  ', null],
    ['21.5', 21.5],
    ['21,5', 21.5],
    ['-3', -3],
    ['.5', 0.5],
    ['1e2', 100],
    ['abc', Number.NaN],
    ['2..5', Number.NaN],
    ['12 °C', Number.NaN],
  ])('reads %j as %s', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });

  it('names the inputs that are not numbers by their field path, instead of sending them as off', () => {
    const values = ruleValuesOf(rule);
    values.humidity.warningHigh = 'sixty';
    values.delaySeconds = '1 min';
    expect(unreadableFields(values)).toEqual({
      'humidity.warningHigh': 'Enter a number',
      delaySeconds: 'Enter a number',
    });
    expect(unreadableFields(ruleValuesOf(rule))).toEqual({});
  });

  it('splits addresses on lines, commas, semicolons and spaces', () => {
    expect(splitAddresses(' a@x.example,b@x.example ;c@x.example\n\n d@x.example ')).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
      'd@x.example',
    ]);
    expect(splitAddresses('')).toEqual([]);
  });

  it('shows the server’s message for one address at its list, naming the address', () => {
    const sent = ['a@x.example', 'not-an-address'];
    expect(listFieldError({ 'recipients.1': 'Invalid email address' }, 'recipients', sent)).toBe(
      'not-an-address: Invalid email address',
    );
    expect(listFieldError({ escalationRecipients: 'Add who is told' }, 'escalationRecipients', [])).toBe(
      'Add who is told',
    );
    expect(listFieldError({ 'recipients.1': 'Invalid' }, 'escalationRecipients', sent)).toBeUndefined();
  });
});

describe('rule summary', () => {
  it('writes levels in words, per side', () => {
    expect(levelsText(rule.temperature, 'temperature')).toBe(
      'warning below 18 or above 25 °C · alarm below 15 or above 28 °C',
    );
    expect(levelsText(rule.humidity, 'humidity')).toBe('warning above 60 %RH · alarm above 70 %RH');
    expect(levelsText({ ...off, alarmLow: -5.25 }, 'temperature')).toBe('alarm below -5.25 °C');
    expect(levelsText(off, 'humidity')).toBe('Off');
    expect(levelsLines(rule.humidity, 'humidity')).toEqual(['warning above 60 %RH', 'alarm above 70 %RH']);
    expect(levelsLines(off, 'humidity')).toEqual([]);
  });

  it('writes the delay, communication loss and who is told', () => {
    expect(delayText(0)).toBe('at once');
    expect(delayText(90)).toBe('after 1 min');
    expect(communicationText(null, 300)).toBe('Off');
    expect(communicationText(3, 300)).toBe('after 3 missed readings (15 min)');
    expect(communicationText(1)).toBe('after 1 missed reading');
    expect(notifyText(rule)).toBe('2 addresses');
    expect(
      notifyText({ recipients: [], escalationRecipients: ['b@x.example'], escalateAfterMinutes: 90 }),
    ).toBe('Nobody; escalates after 1 h 30 min to 1 address');
  });
});

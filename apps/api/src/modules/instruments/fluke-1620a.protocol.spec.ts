import { describe, expect, it } from '@jest/globals';
import {
  COMMANDS,
  clockNeedsSetting,
  isZeroReading,
  parseChannelName,
  parseClock,
  parseIdentity,
  parseReading,
} from './fluke-1620a.protocol.js';

describe('Fluke 1620A protocol', () => {
  it('reads the identity', () => {
    expect(parseIdentity('HART,1620,A63,1.10\r')).toEqual({
      manufacturer: 'HART',
      model: '1620',
      serial: 'A63',
      firmware: '1.10',
    });
    expect(() => parseIdentity('HART,1620')).toThrow('Unexpected *IDN? answer');
    expect(() => parseIdentity('')).toThrow();
  });

  it('reads channel names with or without quotes', () => {
    expect(parseChannelName('"Lab A"')).toBe('Lab A');
    expect(parseChannelName(' Clean room ')).toBe('Clean room');
    expect(() => parseChannelName('"\u0007"')).toThrow();
  });

  it.each([
    [
      '1,1,25.629,C,29.32,%,2026,11,23,11,2,38',
      {
        fresh: true,
        reading: {
          channel: 1,
          temperature: 25.629,
          humidity: 29.32,
          instrumentTime: new Date('2026-11-23T11:02:38Z'),
        },
      },
    ],
    [
      '1,2,77.000,F,45.10,%,2026,1,2,3,4,5',
      {
        fresh: true,
        reading: {
          channel: 2,
          temperature: 25,
          humidity: 45.1,
          instrumentTime: new Date('2026-01-02T03:04:05Z'),
        },
      },
    ],
    ['0,1,25.629,C,29.32,%,2026,11,23,11,2,38', { fresh: false, channel: 1 }],
  ])('parses %s', (line, expected) => {
    const channel = Number(line.split(',')[1]) as 1 | 2;
    expect(parseReading(line, channel)).toEqual(expected);
  });

  it.each([
    ['25.576,29.30', '2 fields'],
    ['2,1,25.6,C,29.3,%,2026,11,23,11,2,38', 'state'],
    ['1,2,25.6,C,29.3,%,2026,11,23,11,2,38', 'channel 2'],
    ['1,1,abc,C,29.3,%,2026,11,23,11,2,38', 'temperature'],
    ['1,1,25.6,K,29.3,%,2026,11,23,11,2,38', 'unit K'],
    ['1,1,25.6,C,,%,2026,11,23,11,2,38', 'humidity'],
    ['1,1,25.6,C,29.3,%,2026,2,30,11,2,38', 'Impossible'],
  ])('refuses the garbage line %s (%s)', (line, why) => {
    expect(() => parseReading(line, 1)).toThrow(why);
  });

  it('reads and checks the clock, and formats the commands that set it', () => {
    const at = parseClock('2026,11,23', '23,59,59');
    expect(at.toISOString()).toBe('2026-11-23T23:59:59.000Z');
    expect(clockNeedsSetting(at, new Date('2026-11-24T00:04:00Z'))).toBe(false);
    expect(clockNeedsSetting(at, new Date('2026-11-24T00:05:01Z'))).toBe(true);
    expect(COMMANDS.setDate(at)).toBe('SYST:DATE 2026,11,23');
    expect(COMMANDS.setTime(at)).toBe('SYST:TIME 23,59,59');
  });

  it('flags an all-zero reading as an anomaly', () => {
    const base = { channel: 1 as const, instrumentTime: new Date() };
    expect(isZeroReading({ ...base, temperature: 0, humidity: 0 })).toBe(true);
    expect(isZeroReading({ ...base, temperature: 0, humidity: 35 })).toBe(false);
  });
});

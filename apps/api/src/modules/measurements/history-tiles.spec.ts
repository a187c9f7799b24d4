import { describe, expect, it } from '@jest/globals';
import { HOUR_MS, MINUTE_MS, seriesSource, tilesOf } from './history-tiles.js';

const at = (text: string) => Date.parse(text);

describe('tilesOf', () => {
  it('reads whole hours from hour buckets, whole minutes around them and raw rows at the edges', () => {
    const tiles = tilesOf(at('2026-01-01T10:15:30Z'), at('2026-01-01T13:05:10Z'));
    expect(
      tiles.map((tile) => [tile.source, new Date(tile.from).toISOString(), new Date(tile.to).toISOString()]),
    ).toEqual([
      ['raw', '2026-01-01T10:15:30.000Z', '2026-01-01T10:16:00.000Z'],
      ['minute', '2026-01-01T10:16:00.000Z', '2026-01-01T11:00:00.000Z'],
      ['hour', '2026-01-01T11:00:00.000Z', '2026-01-01T13:00:00.000Z'],
      ['minute', '2026-01-01T13:00:00.000Z', '2026-01-01T13:05:00.000Z'],
      ['raw', '2026-01-01T13:05:00.000Z', '2026-01-01T13:05:10.000Z'],
    ]);
  });

  it('reads whole six-hour stretches from six-hour buckets, with hours, minutes and raw rows around them', () => {
    const tiles = tilesOf(at('2026-01-01T04:59:30Z'), at('2026-01-02T13:00:10Z'));
    expect(
      tiles.map((tile) => [tile.source, new Date(tile.from).toISOString(), new Date(tile.to).toISOString()]),
    ).toEqual([
      ['raw', '2026-01-01T04:59:30.000Z', '2026-01-01T05:00:00.000Z'],
      ['hour', '2026-01-01T05:00:00.000Z', '2026-01-01T06:00:00.000Z'],
      ['six-hour', '2026-01-01T06:00:00.000Z', '2026-01-02T12:00:00.000Z'],
      ['hour', '2026-01-02T12:00:00.000Z', '2026-01-02T13:00:00.000Z'],
      ['raw', '2026-01-02T13:00:00.000Z', '2026-01-02T13:00:10.000Z'],
    ]);
  });

  it('uses only minutes when no whole hour fits, and only raw rows inside one minute', () => {
    expect(
      tilesOf(at('2026-01-01T10:15:00Z'), at('2026-01-01T10:45:00Z')).map((tile) => tile.source),
    ).toEqual(['minute']);
    expect(
      tilesOf(at('2026-01-01T10:15:10Z'), at('2026-01-01T10:15:50Z')).map((tile) => tile.source),
    ).toEqual(['raw']);
  });

  it('covers the range exactly, without overlap, for aligned and ragged ranges', () => {
    for (const [from, to] of [
      [0, 5 * HOUR_MS],
      [17, 3 * HOUR_MS + 5],
      [MINUTE_MS - 1, MINUTE_MS + 1],
      [HOUR_MS + 1, 2 * HOUR_MS - 1],
    ] as const) {
      const tiles = tilesOf(from, to);
      expect(tiles[0]?.from).toBe(from);
      expect(tiles.at(-1)?.to).toBe(to);
      for (const [index, tile] of tiles.slice(1).entries()) expect(tile.from).toBe(tiles[index]?.to);
    }
  });
});

describe('seriesSource', () => {
  it.each([
    [HOUR_MS, 'raw'],
    [48 * HOUR_MS, 'raw'],
    [7 * 24 * HOUR_MS, 'minute'],
    [200 * 24 * HOUR_MS, 'hour'],
    [365 * 24 * HOUR_MS, 'six-hour'],
  ])('a span of %i ms reads %s', (span, source) => {
    expect(seriesSource(0, span)).toBe(source);
  });
});

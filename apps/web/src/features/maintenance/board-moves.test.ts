import type { RequestStatus } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { boardMove } from './board-moves';

const tess = { id: '5b0f3c1e-8a51-4a43-9c34-2f4a4a1c8f10', displayName: 'Tess Technician' };
const card = (status: RequestStatus, technician: typeof tess | null = tess) => ({ status, technician });

describe('boardMove', () => {
  it.each<[RequestStatus, RequestStatus, string]>([
    ['New', 'In Progress', 'start'],
    ['In Progress', 'Repaired', 'complete'],
    ['New', 'Scrap', 'scrap'],
    ['In Progress', 'Scrap', 'scrap'],
    ['Repaired', 'Scrap', 'scrap'],
    // Not valid transitions, but the server says so (and why): the call is still made.
    ['New', 'Repaired', 'complete'],
    ['Repaired', 'In Progress', 'start'],
    ['Scrap', 'In Progress', 'start'],
  ])('%s → %s calls %s', (from, to, kind) => {
    expect(boardMove(card(from), to, true).kind).toBe(kind);
  });

  it('does nothing when the card is dropped on its own column', () => {
    expect(boardMove(card('Repaired'), 'Repaired', true)).toEqual({ kind: 'none' });
  });

  it('says plainly that nothing leads back to New', () => {
    expect(boardMove(card('In Progress'), 'New', true)).toEqual({
      kind: 'unsupported',
      message: 'A request cannot go back to New from In Progress.',
    });
  });

  it('assigns a technician before starting, when there is none and the user may assign', () => {
    expect(boardMove(card('New', null), 'In Progress', true)).toEqual({ kind: 'start', assignFirst: true });
    expect(boardMove(card('New'), 'In Progress', true)).toEqual({ kind: 'start', assignFirst: false });
    // Someone who may not assign starts anyway and hears the server's reason.
    expect(boardMove(card('New', null), 'In Progress', false)).toEqual({ kind: 'start', assignFirst: false });
  });
});

import type { MaintenanceRequestSummary, RequestStatus } from '@factoryops/contracts';

/** The workflow call a card dropped on a column asks for. */
export type BoardMove =
  | { kind: 'none' }
  /** New → In Progress; without a technician one is assigned first (when the user may assign). */
  | { kind: 'start'; assignFirst: boolean }
  /** → Repaired: the dialog asks for the hours worked. */
  | { kind: 'complete' }
  /** → Scrap: confirmed first. */
  | { kind: 'scrap' }
  /** No endpoint leads there (back to New): said plainly, nothing is sent. */
  | { kind: 'unsupported'; message: string };

/**
 * Maps a drop to the endpoint for the target column. Whether the move is allowed from the card's
 * status is the server's call (it answers 400 with its reason), so only "no endpoint at all" stops here.
 */
export function boardMove(
  request: Pick<MaintenanceRequestSummary, 'status' | 'technician'>,
  to: RequestStatus,
  canAssign: boolean,
): BoardMove {
  if (request.status === to) return { kind: 'none' };
  switch (to) {
    case 'New':
      return { kind: 'unsupported', message: `A request cannot go back to New from ${request.status}.` };
    case 'In Progress':
      return { kind: 'start', assignFirst: request.technician === null && canAssign };
    case 'Repaired':
      return { kind: 'complete' };
    case 'Scrap':
      return { kind: 'scrap' };
  }
}

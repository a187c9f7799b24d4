import { describe, expect, it } from '@jest/globals';
import { REQUEST_STATUSES, type RequestStatus } from '@factoryops/contracts';
import { PermissionDeniedError, RuleViolationError, ValidationError } from '../../common/domain-errors.js';
import {
  type Actor,
  assertCanAssign,
  assertCanComplete,
  assertCanCreate,
  assertCanScrap,
  assertCanStart,
  availableActions,
  InvalidTransitionError,
  isOverdue,
  nextOccurrence,
  roleFor,
  validateTransition,
  type WorkflowFacts,
} from './workflow.js';

const TEAM = 'team-hydraulics';
const OTHER_TEAM = 'team-electrical';
const manager: Actor = { userId: 'max', isManager: true, teamIds: new Set() };
const assigned: Actor = { userId: 'tess', isManager: false, teamIds: new Set([TEAM]) };
const teammate: Actor = { userId: 'rene', isManager: false, teamIds: new Set([TEAM]) };
const otherTechnician: Actor = { userId: 'otto', isManager: false, teamIds: new Set([OTHER_TEAM]) };
const plainUser: Actor = { userId: 'olga', isManager: false, teamIds: new Set() };

const request = (status: RequestStatus, changes: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  status,
  type: 'Corrective',
  teamId: TEAM,
  technicianId: 'tess',
  scheduledDate: null,
  ...changes,
});

describe('transitions (seed 004)', () => {
  const allowed = new Set([
    'New→In Progress',
    'New→Scrap',
    'In Progress→Repaired',
    'In Progress→Scrap',
    'Repaired→Scrap',
  ]);
  const pairs = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', (from, to) => {
    if (allowed.has(`${from}→${to}`)) expect(() => validateTransition(from, to)).not.toThrow();
    else expect(() => validateTransition(from, to)).toThrow(new InvalidTransitionError(from, to));
  });

  it('says why in words', () => {
    expect(() => validateTransition('New', 'Repaired')).toThrow('Cannot transition from New to Repaired');
  });
});

describe('roles', () => {
  it.each([
    [manager, 'manager'],
    [assigned, 'technician'],
    [teammate, 'technician'],
    [otherTechnician, 'user'],
    [plainUser, 'user'],
  ] as const)('%o is %s for a request of the team', (actor, role) => {
    expect(roleFor(actor, request('New'))).toBe(role);
  });
});

// Every rule with manager, the assigned technician, another member of the team, a technician of
// another team and a plain user: 'ok', or the error class the API turns into 403 / 400.
type Outcome = 'ok' | typeof PermissionDeniedError | typeof RuleViolationError | typeof ValidationError;
const outcome = (check: () => void): Outcome => {
  try {
    check();
    return 'ok';
  } catch (error) {
    if (error instanceof PermissionDeniedError) return PermissionDeniedError;
    if (error instanceof RuleViolationError) return RuleViolationError;
    if (error instanceof ValidationError) return ValidationError;
    throw error;
  }
};
const actors = { manager, assigned, teammate, otherTechnician, plainUser };

describe('assign a technician', () => {
  const inTeam = new Set([TEAM]);
  it.each([
    ['manager', 'ok'],
    ['assigned', 'ok'],
    ['teammate', 'ok'],
    ['otherTechnician', PermissionDeniedError],
    ['plainUser', PermissionDeniedError],
  ] as const)('%s → %p', (who, expected) => {
    expect(outcome(() => assertCanAssign(actors[who], request('New', { technicianId: null }), inTeam))).toBe(
      expected,
    );
  });

  it('needs a team on the request and a technician of that team', () => {
    expect(() => assertCanAssign(manager, request('New', { teamId: null }), inTeam)).toThrow(ValidationError);
    expect(() => assertCanAssign(manager, request('New'), new Set([OTHER_TEAM]))).toThrow(
      "The technician is not a member of the request's team",
    );
  });

  it('is refused once the request is Repaired or scrapped', () => {
    expect(() => assertCanAssign(manager, request('Repaired'), inTeam)).toThrow(RuleViolationError);
    expect(() => assertCanAssign(manager, request('Scrap'), inTeam)).toThrow(RuleViolationError);
    expect(() => assertCanAssign(manager, request('In Progress'), inTeam)).not.toThrow();
  });
});

describe('start work', () => {
  it.each([
    ['manager', 'ok'],
    ['assigned', 'ok'],
    ['teammate', PermissionDeniedError],
    ['otherTechnician', PermissionDeniedError],
    ['plainUser', PermissionDeniedError],
  ] as const)('%s → %p', (who, expected) => {
    expect(outcome(() => assertCanStart(actors[who], request('New')))).toBe(expected);
  });

  it('needs an assigned technician and status New', () => {
    expect(() => assertCanStart(manager, request('New', { technicianId: null }))).toThrow(
      'Assign a technician before starting',
    );
    expect(() => assertCanStart(assigned, request('In Progress'))).toThrow(InvalidTransitionError);
  });

  it('refuses a plain user with 403 before looking at anything else (seed example 2)', () => {
    expect(() => assertCanStart(plainUser, request('New', { technicianId: null }))).toThrow(
      PermissionDeniedError,
    );
  });
});

describe('complete work', () => {
  it.each([
    ['manager', 'ok'],
    ['assigned', 'ok'],
    ['teammate', PermissionDeniedError],
    ['otherTechnician', PermissionDeniedError],
    ['plainUser', PermissionDeniedError],
  ] as const)('%s → %p', (who, expected) => {
    expect(outcome(() => assertCanComplete(actors[who], request('In Progress'), 2.5))).toBe(expected);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a duration of %p hours', (hours) => {
    expect(() => assertCanComplete(assigned, request('In Progress'), hours)).toThrow(ValidationError);
  });

  it('checks the status before who asks, as the seed does', () => {
    expect(() => assertCanComplete(teammate, request('New'), 2.5)).toThrow(InvalidTransitionError);
    expect(() => assertCanComplete(teammate, request('In Progress'), 2.5)).toThrow(PermissionDeniedError);
  });

  it('cannot skip In Progress (seed example 3)', () => {
    expect(() => assertCanComplete(assigned, request('New'), 2.5)).toThrow(
      'Cannot transition from New to Repaired',
    );
  });
});

describe('scrap', () => {
  it.each([
    ['manager', 'ok'],
    ['assigned', PermissionDeniedError],
    ['teammate', PermissionDeniedError],
    ['otherTechnician', PermissionDeniedError],
    ['plainUser', PermissionDeniedError],
  ] as const)('%s → %p', (who, expected) => {
    expect(outcome(() => assertCanScrap(actors[who], request('Repaired')))).toBe(expected);
  });

  it('is possible from every status but Scrap', () => {
    for (const status of ['New', 'In Progress', 'Repaired'] as const)
      expect(() => assertCanScrap(manager, request(status))).not.toThrow();
    expect(() => assertCanScrap(manager, request('Scrap'))).toThrow('already scrapped');
  });
});

describe('creation', () => {
  it('lets anyone open a corrective request; preventive ones need a manager and a date', () => {
    expect(() => assertCanCreate('Corrective', { isManager: false }, null)).not.toThrow();
    expect(() => assertCanCreate('Preventive', { isManager: false }, '2026-12-01')).toThrow(
      PermissionDeniedError,
    );
    expect(() => assertCanCreate('Preventive', { isManager: true }, null)).toThrow(ValidationError);
    expect(() => assertCanCreate('Preventive', { isManager: true }, '2026-12-01')).not.toThrow();
  });
});

describe('available actions', () => {
  it('match the rules for a new request without technician (seed example 1, step 3)', () => {
    expect(availableActions(manager, request('New', { technicianId: null }))).toEqual({
      canAssign: true,
      canStart: false,
      canComplete: false,
      canScrap: true,
      userRole: 'manager',
    });
  });

  it('let the assigned technician start and nobody else but a manager', () => {
    expect(availableActions(assigned, request('New'))).toMatchObject({ canStart: true, canScrap: false });
    expect(availableActions(teammate, request('New'))).toMatchObject({ canAssign: true, canStart: false });
    expect(availableActions(plainUser, request('New'))).toEqual({
      canAssign: false,
      canStart: false,
      canComplete: false,
      canScrap: false,
      userRole: 'user',
    });
  });
});

describe('overdue', () => {
  it.each([
    ['2026-11-22', 'New', true],
    ['2026-11-22', 'In Progress', true],
    ['2026-11-22', 'Repaired', false],
    ['2026-11-22', 'Scrap', false],
    ['2026-11-23', 'New', false],
    [null, 'New', false],
  ] as const)('scheduled %s, %s → %s on 2026-11-23', (scheduledDate, status, expected) => {
    expect(isOverdue({ status, scheduledDate }, '2026-11-23')).toBe(expected);
  });
});

describe('next occurrence of a recurring preventive request', () => {
  it.each([
    ['2026-11-23', 3, 'day', null, '2026-11-26'],
    ['2026-11-23', 2, 'week', null, '2026-12-07'],
    ['2026-11-23', 1, 'month', null, '2026-12-23'],
    ['2026-01-31', 1, 'month', null, '2026-02-28'],
    ['2028-01-31', 1, 'month', null, '2028-02-29'],
    ['2026-11-30', 3, 'month', null, '2027-02-28'],
    ['2026-12-31', 1, 'day', null, '2027-01-01'],
    ['2026-11-23', 1, 'week', '2026-11-30', '2026-11-30'],
    ['2026-11-23', 1, 'week', '2026-11-29', null],
  ] as const)('%s every %i %s until %s → %s', (from, every, unit, until, expected) => {
    expect(nextOccurrence(from, { every, unit, until })).toBe(expected);
  });

  it('keeps the day of month of the plan across short months', () => {
    const monthly = { every: 1, unit: 'month' as const, until: null };
    expect(nextOccurrence('2026-02-28', monthly, 31)).toBe('2026-03-31');
    expect(nextOccurrence('2026-03-31', monthly, 31)).toBe('2026-04-30');
    expect(nextOccurrence('2026-04-30', monthly, 31)).toBe('2026-05-31');
  });
});

import type { FieldError } from '@factoryops/contracts';

/** Errors services throw; `ProblemFilter` is the one place that turns them into HTTP answers. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
}

export type DomainErrorKind =
  | 'validation'
  | 'rule'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'too_many_requests'
  | 'upstream';

export class ValidationError extends DomainError {
  readonly kind = 'validation';
  constructor(
    readonly errors: FieldError[],
    message = 'The request has invalid fields',
  ) {
    super(message);
  }
}

/** A valid request that breaks a business rule (e.g. demoting the last admin). */
export class RuleViolationError extends DomainError {
  readonly kind = 'rule';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
  constructor(message = 'Sign in to continue') {
    super(message);
  }
}

export class PermissionDeniedError extends DomainError {
  readonly kind = 'forbidden';
  constructor(message = 'You do not have permission to do this') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly kind = 'too_large';
}

export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** A service this one depends on (Sage Accounting, say) answered with an error or not at all. */
export class UpstreamError extends DomainError {
  readonly kind = 'upstream';
}

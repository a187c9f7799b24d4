import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal.js';

export interface RequestContext {
  requestId: string;
  principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Per-request facts (request id, who is acting) that audit and logs read without threading them through. */
export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  setPrincipal(principal: Principal): void {
    const context = storage.getStore();
    if (context) context.principal = principal;
  },
};

import type { Permission } from '@factoryops/contracts';
import { useCurrentUser } from '../../app/auth-session';

/**
 * What a user with these permissions may change in production. The pages hide the controls the server
 * would refuse anyway; every endpoint checks the same permissions itself.
 */
export function productionAccess(permissions: readonly string[]) {
  return {
    /** Clients, projects, presets, operators; cancelling queue items. */
    manage: permissions.includes('production.manage'),
    /** Queue order, priority and scheduled date. */
    reorder: permissions.includes('production.queue.reorder'),
    /** Starting and completing queue items; logging runs and taking stock by hand. */
    record: permissions.includes('production.run.record'),
    /** Inventory items; purchases, adjustments and returns. */
    inventory: permissions.includes('production.inventory.manage'),
    /** Quotes and invoices and the company details on them: seeing them, and changing them. */
    billingView: permissions.includes('production.billing.view'),
    billing: permissions.includes('production.billing.manage'),
    /** Messages to clients, templates and automations: seeing them, and sending and editing them. */
    messagesView: permissions.includes('production.communications.view'),
    messages: permissions.includes('production.communications.send'),
    /** The Sage Accounting connection and its syncs; the HTTP log of each sync. */
    sage: permissions.includes('production.sage.manage'),
    sageLog: permissions.includes('production.sage.log.view'),
    /** Any permission a rule of the contracts names (a queue action's, say). */
    may: (permission: Permission) => permissions.includes(permission),
  };
}
export type ProductionAccess = ReturnType<typeof productionAccess>;

/** What the signed-in user may change in production. */
export const useProductionAccess = (): ProductionAccess => productionAccess(useCurrentUser().permissions);

import type { SageContactOutcome } from '@factoryops/contracts';

/** A client as matching sees it; `sageId` is the Sage contact it is already linked to, if any. */
export interface MatchableClient {
  id: string;
  name: string;
  email: string;
  sageId: string | null;
}

export interface MatchableContact {
  id: string;
  name: string;
  email: string;
}

export interface ContactMatch<C extends MatchableContact> {
  contact: C;
  /** The client it belongs to; null when none matched and one is to be created. */
  clientId: string | null;
  outcome: SageContactOutcome;
}

const normalEmail = (email: string) => email.trim().toLowerCase();
const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds the client of each Sage contact: the one already linked to it; else one with the same email;
 * else one with the same name (both ignoring case and surrounding space); else none (`created`). A client
 * is matched to one contact only, and one linked to another contact is not matched again. Clients are
 * tried in the order given (by code), so the oldest of two with the same email wins.
 */
export function matchContacts<C extends MatchableContact>(
  contacts: readonly C[],
  clients: readonly MatchableClient[],
): ContactMatch<C>[] {
  const bySageId = new Map(clients.filter((c) => c.sageId).map((c) => [c.sageId as string, c.id]));
  const taken = new Set(clients.filter((c) => c.sageId).map((c) => c.id));
  const linked = contacts.map((contact) => bySageId.get(contact.id) ?? null);
  const free = (key: (client: MatchableClient) => string, value: string) =>
    value === '' ? undefined : clients.find((client) => !taken.has(client.id) && key(client) === value);

  return contacts.map((contact, index) => {
    const already = linked[index];
    if (already) return { contact, clientId: already, outcome: 'linked' };
    const byEmail = free((client) => normalEmail(client.email), normalEmail(contact.email));
    const byName = byEmail ? undefined : free((client) => normalName(client.name), normalName(contact.name));
    const match = byEmail ?? byName;
    if (!match) return { contact, clientId: null, outcome: 'created' };
    taken.add(match.id);
    return { contact, clientId: match.id, outcome: byEmail ? 'email' : 'name' };
  });
}

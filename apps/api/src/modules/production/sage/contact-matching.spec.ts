import { describe, expect, it } from '@jest/globals';
import { matchContacts } from './contact-matching.js';

const client = (id: string, name: string, email = '', sageId: string | null = null) => ({
  id,
  name,
  email,
  sageId,
});
const contact = (id: string, name: string, email = '') => ({ id, name, email });
const outcomes = (matches: ReturnType<typeof matchContacts>) =>
  matches.map((match) => [match.contact.id, match.clientId, match.outcome]);

describe('matchContacts', () => {
  it('matches by email first, ignoring case and space, then by name', () => {
    const clients = [
      client('c1', 'Acme Steel', 'buyer@acme.test'),
      client('c2', 'Bolt Works', 'bolt@x.test'),
    ];
    const contacts = [
      contact('s1', 'ACME (old name)', ' Buyer@ACME.test '),
      contact('s2', '  bolt   works ', ''),
    ];
    expect(outcomes(matchContacts(contacts, clients))).toEqual([
      ['s1', 'c1', 'email'],
      ['s2', 'c2', 'name'],
    ]);
  });

  it('prefers an email match over a name match of another client', () => {
    const clients = [client('c1', 'Same Name', 'a@x.test'), client('c2', 'Other', 'b@x.test')];
    expect(outcomes(matchContacts([contact('s1', 'Same Name', 'b@x.test')], clients))).toEqual([
      ['s1', 'c2', 'email'],
    ]);
  });

  it('keeps existing links and never matches a linked client to another contact', () => {
    const clients = [client('c1', 'Acme', 'a@x.test', 's9')];
    expect(
      outcomes(matchContacts([contact('s1', 'Acme', 'a@x.test'), contact('s9', 'Renamed in Sage')], clients)),
    ).toEqual([
      ['s1', null, 'created'],
      ['s9', 'c1', 'linked'],
    ]);
  });

  it('matches a client once: a second contact with the same email is created', () => {
    const clients = [client('c1', 'Acme', 'a@x.test')];
    expect(
      outcomes(
        matchContacts([contact('s1', 'Acme', 'a@x.test'), contact('s2', 'Acme 2', 'a@x.test')], clients),
      ),
    ).toEqual([
      ['s1', 'c1', 'email'],
      ['s2', null, 'created'],
    ]);
  });

  it('does not match on an empty email', () => {
    const clients = [client('c1', 'No Mail', '')];
    expect(outcomes(matchContacts([contact('s1', 'Someone else', '')], clients))).toEqual([
      ['s1', null, 'created'],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OpsClientToServerEvents, OpsServerToClientEvents } from '@factoryops/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

type OpsClient = Socket<OpsServerToClientEvents, OpsClientToServerEvents>;

describe('realtime /ops namespace', () => {
  let t: TestApp;
  const sockets: OpsClient[] = [];
  const connect = (token?: string): OpsClient => {
    const socket: OpsClient = io(`${t.url}/ops`, {
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  };
  const connected = (socket: OpsClient) =>
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  it('refuses a handshake without a valid token', async () => {
    await expect(connected(connect())).rejects.toThrow('Authentication required');
    await expect(connected(connect('forged.token.value'))).rejects.toThrow(/invalid/);
  });

  it('accepts the access token and answers typed events', async () => {
    const user = await t.createUser();
    const socket = connect((await t.login(user)).accessToken);
    await connected(socket);
    const reply = await new Promise<{ userId: string }>((resolve) => socket.emit('ping', resolve));
    expect(reply.userId).toBe(user.id);
  });

  it('accepts an API key in the handshake', async () => {
    const admin = await t.login(await t.createUser({ roles: ['admin'] }));
    const created = await request(t.http)
      .post('/api/v1/api-keys')
      .set('authorization', admin.authorization)
      .send({ name: 'Socket client', permissions: ['measurements.view'] })
      .expect(201);
    await connected(connect(created.body.secret));
  });

  it('tells admins after commit that a user changed, and ends revoked sessions', async () => {
    const admin = await t.login(await t.createUser({ roles: ['admin'] }));
    const adminSocket = connect(admin.accessToken);
    await connected(adminSocket);
    const target = await t.createUser();
    const targetSocket = connect((await t.login(target)).accessToken);
    await connected(targetSocket);
    const revoked = new Promise<{ reason: string }>((resolve) =>
      targetSocket.once('session:revoked', resolve),
    );
    const disconnected = new Promise<void>((resolve) => targetSocket.once('disconnect', () => resolve()));
    const changed = new Promise<{ entity: string; action: string }>((resolve) =>
      adminSocket.once('entity:changed', resolve),
    );

    await request(t.http)
      .patch(`/api/v1/users/${target.id}`)
      .set('authorization', admin.authorization)
      .send({ active: false })
      .expect(200);
    expect(await changed).toMatchObject({ entity: 'user', action: 'update' });
    expect((await revoked).reason).toBe('account deactivated');
    await disconnected;
  });
});

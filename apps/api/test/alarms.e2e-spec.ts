import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  AlarmChangedEvent,
  OpsClientToServerEvents,
  OpsServerToClientEvents,
} from '@factoryops/contracts';
import { type MailCatcher, startMailCatcher } from '@factoryops/mail-catcher';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { AlarmMonitor } from '../src/modules/measurements/alarm-monitor.js';
import { createTestApp, type TestApp } from './test-app.js';

const MINUTE = 60_000;

/** Alarms raised at ingest, their lifecycle, the timed checks and the mail they send. */
describe('alarms', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let admin: string;
  let technician: string;
  let viewer: string;
  let adminEmail: string;
  let viewerEmail: string;
  let key: string;
  let socket: Socket<OpsServerToClientEvents, OpsClientToServerEvents>;
  const announced: AlarmChangedEvent[] = [];

  const sensor = (name: string, storageIntervalSeconds?: number) =>
    t.createPushSensor(admin, name, storageIntervalSeconds);
  const rule = (sensorId: string, body: Record<string, unknown>, version = 0) =>
    request(t.http)
      .put(`/api/v1/sensors/${sensorId}/alarm-rule`)
      .set('authorization', admin)
      .send({ version, ...body });
  /** Stores a rule and waits until the monitor applies it, so the next reading is judged by it. */
  const applyRule = async (sensorId: string, body: Record<string, unknown>) => {
    const response = await rule(sensorId, body).expect(200);
    await t.app.get(AlarmMonitor).settled();
    return response;
  };
  /** Posts readings (minute offsets from `start`, temperature values) and waits for the alarms they raise. */
  const push = async (sensorId: string, start: number, temperatures: [number, number][]) => {
    await request(t.http)
      .post('/api/v1/ingest/readings')
      .set('x-api-key', key)
      .send({
        readings: temperatures.map(([minute, temperature]) => ({
          sensorId,
          time: new Date(start + minute * MINUTE).toISOString(),
          temperature,
          humidity: 45,
        })),
      })
      .expect(202);
    await t.app.get(AlarmMonitor).settled();
  };
  const alarmsOf = async (sensorId: string, state = 'open') =>
    (
      await request(t.http)
        .get('/api/v1/alarms')
        .query({ sensorId, state })
        .set('authorization', viewer)
        .expect(200)
    ).body.items;
  const until = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await createTestApp({
      SITE_TIME_ZONE: 'UTC',
      ALARM_CHECK_MS: '200',
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      PUBLIC_URL: 'https://ops.example.com',
    });
    const adminUser = await t.createUser({ roles: ['admin'] });
    adminEmail = adminUser.email;
    admin = (await t.login(adminUser)).authorization;
    const tech = await t.createUser({ roles: ['technician'], displayName: 'Tess Technician' });
    technician = (await t.login(tech)).authorization;
    const viewerUser = await t.createUser({ roles: ['viewer'] });
    viewerEmail = viewerUser.email;
    const viewerLogin = await t.login(viewerUser);
    viewer = viewerLogin.authorization;
    key = await t.createIngestKey(admin);
    socket = io(`${t.url}/ops`, {
      auth: { token: viewerLogin.accessToken },
      transports: ['websocket'],
      reconnection: false,
    });
    socket.on('alarm:changed', (event) => announced.push(event));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  }, 60_000);
  afterAll(async () => {
    socket.close();
    await t.close();
    await catcher.close();
  });

  it('raises after the delay, goes up a level, clears past the hysteresis and closes on acknowledgement', async () => {
    const sensorId = await sensor('Incubator');
    const saved = await applyRule(sensorId, {
      temperature: { warningHigh: 25, alarmHigh: 30, hysteresis: 0.5 },
      delaySeconds: 120,
      recipients: ['qa@example.com'],
    });
    expect(saved.body).toMatchObject({ version: 1, delaySeconds: 120, calibrationDue: true });
    const start = Date.now() - 30 * MINUTE;

    await push(sensorId, start, [
      [0, 24],
      [1, 26],
      [2, 26], // out for 1 minute only
    ]);
    expect(await alarmsOf(sensorId)).toEqual([]);
    await push(sensorId, start, [[3, 26.4]]);
    let [alarm] = await alarmsOf(sensorId);
    expect(alarm).toMatchObject({
      kind: 'temperature',
      level: 'warning',
      direction: 'high',
      threshold: 25,
      message: 'Temperature above 25.0 °C',
      state: 'active',
      raisedAt: new Date(start + 3 * MINUTE).toISOString(),
      raisedValue: 26.4,
    });
    const raisedMail = await catcher.waitFor((mail) => mail.subject.includes('Temperature above 25.0 °C'));
    expect(raisedMail.to).toEqual(['qa@example.com']);
    expect(raisedMail.subject).toContain('Warning');
    expect(raisedMail.text).toContain('https://ops.example.com/monitoring/alarms');

    await push(sensorId, start, [
      [4, 31],
      [5, 32.5],
      [6, 31], // beyond the alarm level since minute 4: two minutes
      [7, 24.8], // back under 25 but within the deadband
    ]);
    [alarm] = await alarmsOf(sensorId);
    expect(alarm).toMatchObject({
      level: 'alarm',
      threshold: 30,
      message: 'Temperature above 30.0 °C',
      state: 'active',
      worst: { time: new Date(start + 5 * MINUTE).toISOString(), value: 32.5 },
    });
    await catcher.waitFor(
      (mail) => mail.subject.includes('ALARM') && mail.text.includes('Now at the alarm level'),
    );

    await push(sensorId, start, [[8, 24.5]]);
    [alarm] = await alarmsOf(sensorId);
    // Cleared but nobody acknowledged it: it stays in the open list.
    expect(alarm).toMatchObject({ state: 'cleared', clearedAt: new Date(start + 8 * MINUTE).toISOString() });

    const acknowledge = (authorization: string, body: Record<string, unknown>) =>
      request(t.http)
        .post(`/api/v1/alarms/${alarm.id}/acknowledge`)
        .set('authorization', authorization)
        .send(body);
    await acknowledge(viewer, { comment: 'Seen', version: alarm.version }).expect(403);
    const blank = await acknowledge(technician, { comment: '  ', version: alarm.version }).expect(400);
    expect(blank.body.errors[0].path).toBe('comment');
    await acknowledge(technician, { comment: 'Door left open', version: alarm.version - 1 }).expect(409);
    const closed = await acknowledge(technician, {
      comment: 'Door left open during loading',
      version: alarm.version,
    }).expect(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      comment: 'Door left open during loading',
      acknowledgedBy: { name: 'Tess Technician' },
    });
    await acknowledge(technician, { comment: 'Again', version: closed.body.version }).expect(409);
    expect(await alarmsOf(sensorId)).toEqual([]);
    expect(await alarmsOf(sensorId, 'all')).toHaveLength(1);
    expect(announced.filter((event) => event.alarm.id === alarm.id).map((event) => event.action)).toEqual([
      'raised',
      'level',
      'cleared',
      'acknowledged',
    ]);
  });

  it('raises a communication loss after N storage intervals without a reading and clears it with the next one', async () => {
    const sensorId = await sensor('Cold room', 1);
    await applyRule(sensorId, { communicationLossIntervals: 2 });
    const lost = await until(async () =>
      (await alarmsOf(sensorId)).find((a: { kind: string }) => a.kind === 'communication'),
    );
    expect(lost).toMatchObject({
      level: 'alarm',
      message: 'No reading for 2 storage intervals (2 s)',
      state: 'active',
    });
    await push(sensorId, Date.now(), [[0, 4]]);
    const [cleared] = await alarmsOf(sensorId);
    expect(cleared).toMatchObject({ kind: 'communication', state: 'cleared' });
  }, 60_000);

  it('escalates an alarm nobody acknowledged in time to the second list, once', async () => {
    const sensorId = await sensor('Freezer');
    await applyRule(sensorId, {
      temperature: { alarmHigh: -15 },
      recipients: ['night-shift@example.com'],
      escalationRecipients: ['manager@example.com'],
      escalateAfterMinutes: 1,
    });
    await push(sensorId, Date.now() - 3 * MINUTE, [[0, -10]]);
    const escalated = await until(async () => {
      const [alarm] = await alarmsOf(sensorId);
      return alarm?.escalatedAt ? alarm : undefined;
    });
    expect(escalated.state).toBe('active');
    const mail = await catcher.waitFor((m) => m.to.includes('manager@example.com'));
    expect(mail.subject).toContain('Escalated');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(catcher.messages.filter((m) => m.to.includes('manager@example.com'))).toHaveLength(1);
  }, 60_000);

  it('keeps mail in the outbox through an SMTP outage and sends it when the server is back', async () => {
    const sensorId = await sensor('Stability chamber');
    await applyRule(sensorId, { humidity: { warningHigh: 40 }, recipients: ['lab@example.com'] });
    catcher.refuse(true);
    await push(sensorId, Date.now() - MINUTE, [[0, 20]]);
    const outbox = () =>
      request(t.http)
        .get('/api/v1/notifications/outbox')
        .query({ status: 'pending' })
        .set('authorization', admin);
    const failed = await until(async () => {
      const { body } = await outbox().expect(200);
      const message = body.items.find((m: { recipients: string[] }) =>
        m.recipients.includes('lab@example.com'),
      );
      return message?.attempts > 0 ? message : undefined;
    });
    expect(failed).toMatchObject({ kind: 'alarm', sentAt: null });
    // The server does send mail (SMTP_URL is set): the relay is what is down.
    expect((await outbox().expect(200)).body.sending).toBe(true);
    expect(failed.lastError).toBeTruthy();
    await request(t.http).get('/api/v1/notifications/outbox').set('authorization', technician).expect(403);

    catcher.refuse(false);
    const delivered = await catcher.waitFor((m) => m.to.includes('lab@example.com'), 60_000);
    expect(delivered.subject).toContain('Humidity above 40.0 %RH');
    // The row is marked sent once the server has accepted the message.
    const sent = await until(async () => {
      const { body } = await request(t.http)
        .get('/api/v1/notifications/outbox')
        .query({ status: 'sent' })
        .set('authorization', admin)
        .expect(200);
      return body.items.find((m: { id: string }) => m.id === failed.id);
    });
    expect(sent.attempts).toBeGreaterThan(1);
    expect(sent.lastError).toBeNull();
  }, 150_000);

  it('warns of a calibration due within 30 days, by mail too', async () => {
    const sensorId = await sensor('Reference room');
    await applyRule(sensorId, { calibrationDue: true, recipients: ['metrology@example.com'] });
    const dueOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', admin)
      .send({
        sensorId,
        number: 'CAL-77',
        calibratedOn: '2025-12-01',
        validFrom: '2025-12-01T00:00:00Z',
        dueOn,
      })
      .expect(201);
    const notice = await until(async () =>
      (await alarmsOf(sensorId)).find((a: { kind: string }) => a.kind === 'calibration'),
    );
    expect(notice).toMatchObject({ level: 'warning', message: `Calibration due on ${dueOn} (in 10 days)` });
    const mail = await catcher.waitFor((m) => m.to.includes('metrology@example.com'));
    expect(mail.subject).toContain('Calibration due on');
  }, 60_000);

  it('notices a calibration due on a sensor without a rule, mails those who manage calibration, and a disabled rule clears it', async () => {
    const sensorId = await sensor('Balance room');
    const dueOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await request(t.http)
      .post('/api/v1/certificates')
      .set('authorization', admin)
      .send({
        sensorId,
        number: 'CAL-78',
        calibratedOn: '2025-11-01',
        validFrom: '2025-11-01T00:00:00Z',
        dueOn,
      })
      .expect(201);
    const overdue = await until(async () =>
      (await alarmsOf(sensorId)).find((a: { kind: string }) => a.kind === 'calibration'),
    );
    expect(overdue).toMatchObject({ level: 'alarm', message: `Calibration overdue since ${dueOn}` });
    const mail = await catcher.waitFor((m) => m.subject.includes(`Calibration overdue since ${dueOn}`));
    expect(mail.to).toContain(adminEmail);
    expect(mail.to).not.toContain(viewerEmail);

    await applyRule(sensorId, { enabled: false });
    await t.app.get(AlarmMonitor).settled();
    const [cleared] = await alarmsOf(sensorId);
    expect(cleared).toMatchObject({ kind: 'calibration', state: 'cleared' });
  }, 60_000);

  it('refuses rules with levels out of order or escalation without anyone to tell', async () => {
    const sensorId = await sensor('Bad rules');
    const crossed = await rule(sensorId, { temperature: { warningHigh: 30, alarmHigh: 25 } }).expect(400);
    expect(crossed.body.errors[0].path).toBe('temperature.alarmHigh');
    const nobody = await rule(sensorId, { escalateAfterMinutes: 10 }).expect(400);
    expect(nobody.body.errors[0].path).toBe('escalationRecipients');
    await rule(sensorId, {}, 3).expect(409);
    await rule('8b0c4f0e-5a57-4c3e-9d36-2f4f4e1d0a11', {}).expect(404);
    await request(t.http)
      .put(`/api/v1/sensors/${sensorId}/alarm-rule`)
      .set('authorization', technician)
      .send({ version: 0 })
      .expect(403);
  });
});

import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AppConfig } from '../src/config/app-config.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

const INDEX_HTML = '<!doctype html><html><head><title>FactoryOps</title></head><body></body></html>';
const ASSET = 'console.log("app");';

/** The HTTP layer itself: the SPA's files, security headers, the session cookie and streamed uploads. */
describe('HTTP layer', () => {
  let t: TestApp;
  let manager: string;
  let incoming: string;

  beforeAll(async () => {
    const web = await mkdtemp(path.join(os.tmpdir(), 'factoryops-web-'));
    await mkdir(path.join(web, 'assets'));
    await writeFile(path.join(web, 'index.html'), INDEX_HTML);
    await writeFile(path.join(web, 'assets', 'index-abc123.js'), ASSET);
    await writeFile(path.join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({ WEB_DIST: web });
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    incoming = path.join(t.app.get(AppConfig).env.DATA_DIR, 'uploads', 'incoming');
  });
  afterAll(() => t.close());

  it('answers a path that does not decode with a 400 problem', async () => {
    const refused = await request(t.http).get('/api/v1/users/%E0%A4%A').expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(refused.body).toMatchObject({ status: 400, detail: expect.stringMatching(/does not decode/) });
  });

  it('reads bodies as JSON only: a form is 415, not half-read', async () => {
    const form = await request(t.http)
      .post('/api/v1/auth/login')
      .type('form')
      .send({ email: 'someone@example.com', password: 'x' })
      .expect(415);
    expect(form.body).toMatchObject({ status: 415, title: 'Unsupported media type' });
  });

  describe('the web app', () => {
    it('serves hashed assets to be cached for good, other files for an hour', async () => {
      const asset = await request(t.http).get('/assets/index-abc123.js').expect(200);
      expect(asset.text).toBe(ASSET);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const icon = await request(t.http).get('/favicon.svg').expect(200);
      expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    });

    it.each(['/', '/maintenance/board', '/monitoring/history?sensor=1'])(
      'answers the deep link %s with index.html, revalidated every time',
      async (link) => {
        const page = await request(t.http).get(link).set('accept', 'text/html').expect(200);
        expect(page.text).toBe(INDEX_HTML);
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.headers['cache-control']).toBe('no-cache');
      },
    );

    it('leaves API paths, missing assets asked for as data, and other methods to the 404 problem', async () => {
      const api = await request(t.http).get('/api/v1/nothing-here').set('accept', 'text/html').expect(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
      const data = await request(t.http).get('/assets/missing.js').set('accept', 'application/javascript');
      expect(data.status).toBe(404);
      expect(data.body).toMatchObject({ status: 404, instance: '/assets/missing.js' });
      await request(t.http).post('/maintenance/board').set('accept', 'text/html').expect(404);
    });
  });

  it('finds a route with a trailing slash or in another case, as before', async () => {
    await request(t.http).get('/api/v1/health/').expect(200);
    await request(t.http).get('/API/V1/Health').expect(200);
    await request(t.http).get('/api/v1/users/').set('authorization', manager).expect(200);
  });

  it('refuses an over-long path parameter on its route, naming the field', async () => {
    const refused = await request(t.http)
      .get(`/api/v1/users/${'a'.repeat(300)}`)
      .set('authorization', manager)
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'id' })]);
  });

  describe('security headers', () => {
    let headers: Record<string, string>;
    beforeAll(async () => {
      headers = (await request(t.http).get('/api/v1/health').expect(200)).headers as Record<string, string>;
    });

    it.each([
      [
        'content-security-policy',
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self' ws: wss:",
      ],
      ['cross-origin-opener-policy', 'same-origin'],
      ['cross-origin-resource-policy', 'same-origin'],
      ['origin-agent-cluster', '?1'],
      ['referrer-policy', 'no-referrer'],
      ['x-content-type-options', 'nosniff'],
      ['x-dns-prefetch-control', 'off'],
      ['x-download-options', 'noopen'],
      ['x-frame-options', 'SAMEORIGIN'],
      ['x-permitted-cross-domain-policies', 'none'],
      ['x-xss-protection', '0'],
    ])('%s: %s', (name, value) => {
      expect(headers[name]).toBe(value);
    });

    it('sends no Strict-Transport-Security outside production, no X-Powered-By and no ETag', () => {
      expect(headers['strict-transport-security']).toBeUndefined();
      expect(headers['x-powered-by']).toBeUndefined();
      expect(headers.etag).toBeUndefined();
    });

    it('sets the security headers on the web app and on problems too', async () => {
      const page = await request(t.http).get('/').set('accept', 'text/html');
      const problem = await request(t.http).get('/api/v1/users');
      for (const answer of [page, problem]) {
        expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      }
    });
  });

  describe('the session cookie', () => {
    it('is httpOnly, SameSite=Strict, on the session path, for the refresh token’s lifetime', async () => {
      const user = await t.createUser();
      const before = Date.now();
      const login = await request(t.http)
        .post('/api/v1/auth/login')
        .set('x-factoryops-client', 'web')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      const [cookie] = login.headers['set-cookie'] as unknown as string[];
      const attributes = cookie.split('; ');
      expect(attributes[0]).toMatch(/^fo_refresh=[\w-]+/);
      expect(attributes).toEqual(
        expect.arrayContaining(['Max-Age=1209600', 'Path=/api/v1/auth', 'HttpOnly', 'SameSite=Strict']),
      );
      // Not Secure over plain HTTP, or the browser would drop it.
      expect(attributes).not.toContain('Secure');
      const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))?.slice(8) ?? '');
      expect(expires - before).toBeGreaterThan(14 * 86_400_000 - 60_000);
      expect(expires - before).toBeLessThan(14 * 86_400_000 + 60_000);

      const logout = await request(t.http)
        .post('/api/v1/auth/logout')
        .set('cookie', attributes[0])
        .send({})
        .expect(204);
      const [cleared] = logout.headers['set-cookie'] as unknown as string[];
      expect(cleared).toMatch(/^fo_refresh=;/);
      expect(cleared).toContain('Path=/api/v1/auth');
      expect(cleared).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    });

    it('is read only by the session endpoints: other routes ignore a cookie', async () => {
      const user = await t.createUser();
      const login = await request(t.http)
        .post('/api/v1/auth/login')
        .set('x-factoryops-client', 'web')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      const [cookie] = (login.headers['set-cookie'] as unknown as string[])[0].split('; ');
      await request(t.http).get('/api/v1/auth/me').set('cookie', cookie).expect(401);
      await request(t.http).post('/api/v1/auth/refresh').set('cookie', cookie).send({}).expect(200);
    });
  });

  describe('uploads', () => {
    let certificateId: string;
    let requestId: string;
    beforeAll(async () => {
      const machine = await request(t.http)
        .post('/api/v1/machines')
        .set('authorization', manager)
        .send({ name: 'Upload press', building: 'Building 1', importance: 3, teamId: null })
        .expect(201);
      const fault = await request(t.http)
        .post('/api/v1/maintenance/requests')
        .set('authorization', manager)
        .send({ machineId: machine.body.id, subject: 'Photo of the leak' })
        .expect(201);
      requestId = fault.body.id;
      const sensorId = await t.createPushSensor(manager, 'Upload logger');
      const created = await request(t.http)
        .post('/api/v1/certificates')
        .set('authorization', manager)
        .send({
          sensorId,
          number: 'UP-1',
          calibratedOn: '2026-09-20',
          validFrom: '2026-10-01T00:00:00Z',
          dueOn: '2027-09-20',
          laboratory: 'Metrology Ltd',
          temperaturePoints: [{ reference: 20, indication: 20.1 }],
          humidityPoints: [],
        })
        .expect(201);
      certificateId = created.body.id;
    });

    const incomingFiles = async () =>
      (await readdir(incoming).catch(() => [])).map((f) => path.join(incoming, f));

    const certificateFile = () => ({
      method: 'PUT',
      path: `/api/v1/certificates/${certificateId}/file`,
      field: 'file',
      fileName: 'big.pdf',
      start: '%PDF-1.4\n',
    });
    const requestPhoto = () => ({
      method: 'POST',
      path: `/api/v1/maintenance/requests/${requestId}/images`,
      field: 'image',
      fileName: 'big.png',
      start: '\x89PNG\r\n\x1a\n',
    });

    /**
     * Sends a file of `start` and `totalBytes` more as multipart, 64 KiB at a time; after `pauseAfter`
     * bytes it waits for `whilePaused` to run before sending the rest.
     */
    function upload(
      target: { method: string; path: string; field: string; fileName: string; start: string },
      totalBytes: number,
      pauseAfter: number,
      whilePaused: () => Promise<void>,
    ) {
      const boundary = 'factoryops-boundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${target.field}"; filename="${target.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n${target.start}`,
        'latin1',
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const { port } = new URL(t.url);
      return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
        let sent = 0;
        let answered = false;
        const call = http.request(
          {
            host: '127.0.0.1',
            port,
            method: target.method,
            path: target.path,
            headers: {
              authorization: manager,
              'content-type': `multipart/form-data; boundary=${boundary}`,
              'content-length': head.length + totalBytes + tail.length,
            },
          },
          (response) => {
            answered = true;
            let text = '';
            response.on('data', (data) => {
              text += data;
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
          },
        );
        call.on('error', (error) => (answered ? undefined : reject(error)));
        const send = async () => {
          call.write(head);
          let paused = false;
          while (sent < totalBytes && !answered && !call.destroyed) {
            if (!paused && sent >= pauseAfter) {
              paused = true;
              await whilePaused();
            }
            const part = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
            sent += part.length;
            if (!call.write(part)) await new Promise((done) => call.once('drain', done));
          }
          if (!answered && !call.destroyed) call.end(tail);
        };
        send().catch(reject);
      });
    }

    /** The largest file in the incoming folder once it holds `atLeast` bytes (or after a second). */
    async function largestIncoming(atLeast: number): Promise<number> {
      let largest = 0;
      for (let tries = 0; tries < 50 && largest < atLeast; tries += 1) {
        await new Promise((done) => setTimeout(done, 20));
        const sizes = await Promise.all((await incomingFiles()).map((file) => stat(file)));
        largest = Math.max(0, ...sizes.map((s) => s.size));
      }
      return largest;
    }

    /**
     * Sends 21 MB to `target`: after `pauseAfter` bytes, more than `onDisk` of them must already be in a
     * file (streamed, not held in memory); past the limit the answer is 413, and nothing is left behind.
     */
    async function expectStreamedThenStopped(
      target: ReturnType<typeof requestPhoto>,
      pauseAfter: number,
      onDisk: number,
    ) {
      let onDiskWhileSending = 0;
      const answer = await upload(target, 21 * 1024 * 1024, pauseAfter, async () => {
        onDiskWhileSending = await largestIncoming(onDisk);
      });
      expect(onDiskWhileSending).toBeGreaterThan(onDisk);
      expect(answer.status).toBe(413);
      expect(answer.body).toMatchObject({ status: 413, title: 'Payload too large' });
      await expect(incomingFiles()).resolves.toEqual([]);
    }

    it('streams a 21 MB photo to disk as it arrives, and stops it at its 10 MB limit with 413', async () => {
      await expectStreamedThenStopped(requestPhoto(), 6 * 1024 * 1024, 4 * 1024 * 1024);
      const fault = await request(t.http)
        .get(`/api/v1/maintenance/requests/${requestId}`)
        .set('authorization', manager)
        .expect(200);
      expect(fault.body.images).toEqual([]);
    });

    it('streams a 21 MB certificate to disk as it arrives, and stops it at its 20 MB limit with 413', async () => {
      await expectStreamedThenStopped(certificateFile(), 8 * 1024 * 1024, 6 * 1024 * 1024);
      const certificate = await request(t.http)
        .get(`/api/v1/certificates/${certificateId}`)
        .set('authorization', manager)
        .expect(200);
      expect(certificate.body.file).toBeNull();
    });

    it('keeps a file within the limit as the certificate’s, and leaves nothing behind', async () => {
      const answer = await upload(certificateFile(), 3 * 1024 * 1024, 0, async () => undefined);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ file: { name: 'big.pdf', size: 3 * 1024 * 1024 + 9 } });
      await expect(incomingFiles()).resolves.toEqual([]);
      const file = await request(t.http)
        .get(`/api/v1/certificates/${certificateId}/file`)
        .set('authorization', manager)
        .buffer(true)
        .expect(200);
      expect((file.body as Buffer).length).toBe(3 * 1024 * 1024 + 9);
    });

    it('removes the received file when the request is refused after it arrived', async () => {
      const refused = await request(t.http)
        .put('/api/v1/certificates/00000000-0000-4000-8000-000000000000/file')
        .set('authorization', manager)
        .attach('file', Buffer.from('%PDF-1.4\n'), 'x.pdf')
        .expect(404);
      expect(refused.body.status).toBe(404);
      await expect(incomingFiles()).resolves.toEqual([]);
    });
  });
});

describe('HTTP layer in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('tells browsers to keep to HTTPS (Strict-Transport-Security)', async () => {
    const answer = await request(t.http).get('/api/v1/health').expect(200);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

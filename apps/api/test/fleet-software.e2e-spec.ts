import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page, Role, Software, SoftwareDetail, SoftwareVersion } from '@factoryops/contracts';
import request from 'supertest';
import { AppConfig } from '../src/config/app-config.js';
import { createTestApp, type TestApp } from './test-app.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Fleet: the software catalogue, semver versions, their package files with checksums; the new roles. */
describe('fleet: software and versions', () => {
  let t: TestApp;
  let maker: string;
  let configurator: string;
  let viewer: string;
  let operator: string;
  let packagesDir: string;

  const api = (authorization: string) => t.api(authorization, '/api/v1/fleet');
  const newSoftware = async (body: object = {}) =>
    (
      await api(maker)
        .post('/software', {
          name: `Firmware ${Math.random().toString(36).slice(2, 8)}`,
          category: 'firmware',
          ...body,
        })
        .expect(201)
    ).body as SoftwareDetail;
  const addVersion = async (softwareId: string, body: object) =>
    (await api(maker).post(`/software/${softwareId}/versions`, body).expect(201)).body as SoftwareVersion;
  const upload = (
    softwareId: string,
    versionId: string,
    content: Buffer,
    name: string,
    checksum?: string,
  ) => {
    const call = request(t.http)
      .post(`/api/v1/fleet/software/${softwareId}/versions/${versionId}/package`)
      .set('authorization', maker);
    if (checksum) call.set('x-checksum-sha256', checksum);
    return call.attach('file', content, name);
  };
  const storedPackages = async () => (await readdir(packagesDir).catch(() => [])).sort();

  beforeAll(async () => {
    t = await createTestApp({ UPLOAD_MAX_MB: '1' });
    packagesDir = path.join(t.app.get(AppConfig).env.DATA_DIR, 'uploads', 'fleet');
    const login = async (roles: Role[]) => (await t.login(await t.createUser({ roles }))).authorization;
    maker = await login(['maker']);
    configurator = await login(['configurator']);
    viewer = await login(['viewer']);
    operator = await login(['operator']);
  });

  afterAll(() => t.close());

  it('creates software with its catalogue fields, and refuses a second of the same name whatever its case', async () => {
    const software = await newSoftware({
      name: 'Mask Tester Firmware',
      description: 'Runs the FFP2 bench',
      vendor: 'Respira',
      platform: 'ARM Cortex-M4',
      licence: 'Proprietary',
      repositoryUrl: 'https://git.example.com/respira/mt-firmware',
      documentationUrl: 'https://docs.example.com/mt',
    });
    expect(software).toMatchObject({
      name: 'Mask Tester Firmware',
      category: 'firmware',
      active: true,
      versionCount: 0,
      latestStableVersion: null,
      versions: [],
    });
    const again = await api(maker)
      .post('/software', { name: 'mask tester FIRMWARE', category: 'tool' })
      .expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ path: 'name' })]);
    const badUrl = await api(maker)
      .post('/software', { name: 'Bad URL', category: 'tool', repositoryUrl: 'ftp://x' })
      .expect(400);
    expect(badUrl.body.errors).toEqual([expect.objectContaining({ path: 'repositoryUrl' })]);
    await api(maker).post('/software', { name: 'No category', category: 'game' }).expect(400);
  });

  it('orders versions by semver, not as text, and names the highest stable one', async () => {
    const software = await newSoftware();
    for (const [versionNumber, channel] of [
      ['1.9.0', 'stable'],
      ['1.10.0', 'stable'],
      ['v2.0.0-rc.1', 'beta'],
      ['1.2.0', 'stable'],
    ])
      await addVersion(software.id, { versionNumber, channel });
    const detail = (await api(viewer).get(`/software/${software.id}`).expect(200)).body as SoftwareDetail;
    expect(detail.versions.map((v) => v.versionNumber)).toEqual(['2.0.0-rc.1', '1.10.0', '1.9.0', '1.2.0']);
    expect(detail).toMatchObject({ versionCount: 4, latestStableVersion: '1.10.0' });
    const listed = (
      await api(viewer)
        .get(`/software?q=${encodeURIComponent(software.name)}`)
        .expect(200)
    ).body as Page<Software>;
    expect(listed.items).toEqual([
      expect.objectContaining({ id: software.id, latestStableVersion: '1.10.0' }),
    ]);
    expect((await api(viewer).get('/software?q=nothing-is-named-so').expect(200)).body).toEqual({
      items: [],
      total: 0,
    });
  });

  it('refuses a version number that is not semver with 400, and one the software has with 409', async () => {
    const software = await newSoftware();
    await addVersion(software.id, {
      versionNumber: '2.5.0',
      releaseNotes: 'Faster leak test',
      changelog: '- leak test in 40 s',
      requiresReboot: true,
      compatibility: { deviceTypes: ['mask_tester'], minimumVersions: { Bootloader: '1.2.0' } },
      releasedAt: '2026-11-02T08:00:00Z',
    });
    for (const versionNumber of ['2.5', 'latest', '1.2.3.4']) {
      const answer = await api(maker)
        .post(`/software/${software.id}/versions`, { versionNumber })
        .expect(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ path: 'versionNumber' })]);
    }
    const duplicate = await api(maker)
      .post(`/software/${software.id}/versions`, { versionNumber: 'v2.5.0' })
      .expect(409);
    expect(duplicate.body.errors).toEqual([expect.objectContaining({ path: 'versionNumber' })]);
    const racing = await Promise.all(
      [1, 2, 3].map(() => api(maker).post(`/software/${software.id}/versions`, { versionNumber: '3.0.0' })),
    );
    expect(racing.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    await addVersion((await newSoftware()).id, { versionNumber: '2.5.0' });
    const badType = await api(maker)
      .post(`/software/${software.id}/versions`, {
        versionNumber: '4.0.0',
        compatibility: { deviceTypes: ['Not A Type'] },
      })
      .expect(400);
    expect(badType.body.errors[0].path).toMatch(/^compatibility/);
    await api(maker).post(`/software/${UNKNOWN}/versions`, { versionNumber: '1.0.0' }).expect(404);
  });

  it('edits a version with its version number kept semver, refusing a stale edit with 409', async () => {
    const software = await newSoftware();
    const version = await addVersion(software.id, { versionNumber: '1.0.0', channel: 'beta' });
    const edited = (
      await api(maker)
        .patch(`/software/${software.id}/versions/${version.id}`, {
          channel: 'stable',
          version: version.version,
        })
        .expect(200)
    ).body as SoftwareVersion;
    expect(edited).toMatchObject({ channel: 'stable', version: 2 });
    await api(maker)
      .patch(`/software/${software.id}/versions/${version.id}`, {
        releaseNotes: 'late',
        version: version.version,
      })
      .expect(409);
    await api(maker)
      .patch(`/software/${software.id}/versions/${version.id}`, { versionNumber: 'one' })
      .expect(400);
    await api(maker).patch(`/software/${UNKNOWN}/versions/${version.id}`, { channel: 'beta' }).expect(404);
  });

  it('keeps an uploaded package with the size and SHA-256 computed on the server, and serves it with its checksum', async () => {
    const software = await newSoftware();
    const version = await addVersion(software.id, { versionNumber: '1.0.0' });
    const content = Buffer.from(`firmware image ${'\u00a9'.repeat(3000)}`);
    const stored = (await upload(software.id, version.id, content, 'mt-fw-1.0.0.bin').expect(200))
      .body as SoftwareVersion;
    expect(stored.package).toMatchObject({
      fileName: 'mt-fw-1.0.0.bin',
      size: content.length,
      sha256: sha256(content),
    });
    const download = await request(t.http)
      .get(`/api/v1/fleet/software/${software.id}/versions/${version.id}/package`)
      .set('authorization', viewer)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, content)).toBe(0);
    expect(download.headers['x-checksum-sha256']).toBe(sha256(content));
    expect(download.headers['repr-digest']).toBe(
      `sha-256=:${createHash('sha256').update(content).digest('base64')}:`,
    );
    expect(download.headers['content-disposition']).toContain('mt-fw-1.0.0.bin');

    const newer = Buffer.from('firmware image, rebuilt');
    await upload(software.id, version.id, newer, 'mt-fw-1.0.0.bin', sha256(newer)).expect(200);
    expect((await storedPackages()).filter((name) => name.startsWith(version.id))).toHaveLength(1);
  });

  it('refuses a package whose checksum differs from the one sent with 400, and keeps nothing', async () => {
    const software = await newSoftware();
    const version = await addVersion(software.id, { versionNumber: '1.0.0' });
    const before = await storedPackages();
    const answer = await upload(
      software.id,
      version.id,
      Buffer.from('damaged on the way'),
      'x.bin',
      sha256(Buffer.from('the original')),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ path: 'x-checksum-sha256' })]);
    const malformed = await upload(software.id, version.id, Buffer.from('x'), 'x.bin', 'not-a-hash');
    expect(malformed.status).toBe(400);
    expect(await storedPackages()).toEqual(before);
    const detail = (await api(viewer).get(`/software/${software.id}`).expect(200)).body as SoftwareDetail;
    expect(detail.versions[0].package).toBeNull();
    await request(t.http)
      .get(`/api/v1/fleet/software/${software.id}/versions/${version.id}/package`)
      .set('authorization', viewer)
      .expect(404);
  });

  it('stops a package over UPLOAD_MAX_MB with 413', async () => {
    const software = await newSoftware();
    const version = await addVersion(software.id, { versionNumber: '1.0.0' });
    const answer = await upload(software.id, version.id, Buffer.alloc(1024 * 1024 + 1, 7), 'big.bin');
    expect(answer.status).toBe(413);
    const detail = (await api(viewer).get(`/software/${software.id}`).expect(200)).body as SoftwareDetail;
    expect(detail.versions[0].package).toBeNull();
  });

  it('deletes software with its versions and their package files', async () => {
    const software = await newSoftware();
    const first = await addVersion(software.id, { versionNumber: '1.0.0' });
    await addVersion(software.id, { versionNumber: '1.1.0' });
    await upload(software.id, first.id, Buffer.from('to be deleted'), 'a.bin').expect(200);
    expect((await storedPackages()).some((name) => name.startsWith(first.id))).toBe(true);
    await api(maker).delete(`/software/${software.id}`).expect(204);
    await api(viewer).get(`/software/${software.id}`).expect(404);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM fleet_software_versions WHERE software_id = $1',
      [software.id],
    );
    expect(count).toBe(0);
    expect((await storedPackages()).some((name) => name.startsWith(first.id))).toBe(false);
  });

  it('lets makers manage software, configurators and viewers only read it, operators not even that', async () => {
    const software = await newSoftware();
    const version = await addVersion(software.id, { versionNumber: '1.0.0' });
    for (const who of [configurator, viewer]) {
      await api(who).get(`/software/${software.id}`).expect(200);
      await api(who).post('/software', { name: 'Nope', category: 'tool' }).expect(403);
      await api(who).patch(`/software/${software.id}`, { active: false }).expect(403);
      await api(who).post(`/software/${software.id}/versions`, { versionNumber: '9.0.0' }).expect(403);
      await api(who).delete(`/software/${software.id}/versions/${version.id}`).expect(403);
      await request(t.http)
        .post(`/api/v1/fleet/software/${software.id}/versions/${version.id}/package`)
        .set('authorization', who)
        .attach('file', Buffer.from('x'), 'x.bin')
        .expect(403);
    }
    await api(operator).get('/software').expect(403);
    const inactive = (await api(maker).patch(`/software/${software.id}`, { active: false }).expect(200)).body;
    expect(inactive.active).toBe(false);
    await api(maker).delete(`/software/${software.id}/versions/${version.id}`).expect(204);
  });
});

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import request from 'supertest';
import { AppConfig } from '../src/config/app-config.js';
import { partDrawing } from '../src/modules/production/design-files/part-drawing.js';
import { createTestApp, type TestApp } from './test-app.js';

const BRACKET = Buffer.from(
  partDrawing({
    width: 120,
    height: 80,
    holes: [
      { x: 20, y: 20, diameter: 8 },
      { x: 100, y: 20, diameter: 8 },
    ],
  }),
);
/** One 200 × 100 pt page with a rectangle drawn on it. */
const PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >> endobj',
    '4 0 obj << /Length 18 >> stream',
    '10 10 180 80 re S',
    'endstream endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n'),
);
const LIGHTBURN = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<LightBurnProject AppVersion="1.7.00">\n</LightBurnProject>\n',
);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The product catalogue, a project's products, and design files with their checks, storage and previews. */
describe('production: products and design files', () => {
  let t: TestApp;
  let manager: string;
  let operator: string;
  let viewer: string;
  let stored: string;

  const api = (authorization: string) => ({
    get: (url: string) => request(t.http).get(`/api/v1/production${url}`).set('authorization', authorization),
    post: (url: string, body: object = {}) =>
      request(t.http).post(`/api/v1/production${url}`).set('authorization', authorization).send(body),
    patch: (url: string, body: object) =>
      request(t.http).patch(`/api/v1/production${url}`).set('authorization', authorization).send(body),
    delete: (url: string) =>
      request(t.http).delete(`/api/v1/production${url}`).set('authorization', authorization),
    upload: (url: string, data: Buffer, filename: string) =>
      request(t.http)
        .post(`/api/v1/production${url}`)
        .set('authorization', authorization)
        .attach('file', data, { filename, contentType: 'application/octet-stream' }),
  });
  const newProject = async () => {
    const client = (
      await api(manager)
        .post('/clients', { name: `Client ${Math.random()}` })
        .expect(201)
    ).body;
    return (await api(manager).post('/projects', { clientId: client.id, name: 'Brackets' }).expect(201)).body;
  };

  beforeAll(async () => {
    t = await createTestApp({ UPLOAD_MAX_MB: '2' });
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    operator = (await t.login(await t.createUser({ roles: ['operator'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    stored = path.join(t.app.get(AppConfig).env.DATA_DIR, 'uploads', 'production');
  });
  afterAll(() => t.close());

  describe('products', () => {
    it('suggests the next SKU, keeps SKUs unique without regard to case, and finds products', async () => {
      expect((await api(manager).get('/products/suggested-sku').expect(200)).body).toEqual({
        sku: 'SKU-0001',
      });
      const plate = await api(manager)
        .post('/products', {
          sku: 'sku-0001',
          name: 'Base plate',
          material: 'Mild steel',
          thickness: '3',
          unitPrice: '12.50',
        })
        .expect(201);
      expect(plate.body).toMatchObject({
        sku: 'SKU-0001',
        thickness: '3.00',
        unitPrice: '12.50',
        projectCount: 0,
        files: [],
      });
      expect((await api(manager).get('/products/suggested-sku').expect(200)).body).toEqual({
        sku: 'SKU-0002',
      });
      const twin = await api(manager).post('/products', { sku: 'SKU-0001', name: 'Twin' }).expect(409);
      expect(twin.body).toMatchObject({ detail: 'SKU SKU-0001 is already used by another product' });
      await api(manager)
        .post('/products', { sku: 'GUSSET-45', name: 'Gusset', material: 'Stainless' })
        .expect(201);
      const found = await api(viewer).get('/products?q=gusset').expect(200);
      expect(found.body.items.map((p: { sku: string }) => p.sku)).toEqual(['GUSSET-45']);
      const steel = await api(viewer).get('/products?material=mild%20steel').expect(200);
      expect(steel.body).toMatchObject({ total: 1, items: [{ sku: 'SKU-0001' }] });
      const renamed = await api(manager)
        .patch(`/products/${plate.body.id}`, { sku: 'gusset-45' })
        .expect(409);
      expect(renamed.body.detail).toBe('SKU GUSSET-45 is already used by another product');
    });

    it('refuses bad prices, thicknesses and SKUs naming the field', async () => {
      const bad = await api(manager)
        .post('/products', { sku: 'SKU 9', name: 'X', unitPrice: '1.005', thickness: '0' })
        .expect(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'sku',
        'thickness',
        'unitPrice',
      ]);
      await api(manager).post('/products', { sku: 'NEG-1', name: 'X', unitPrice: '-1.00' }).expect(400);
      await api(operator).post('/products', { sku: 'OP-1', name: 'Not mine' }).expect(403);
    });
  });

  describe('a project’s products', () => {
    it('copies the unit price onto the line, totals the lines, and keeps the product while listed', async () => {
      const project = await newProject();
      const product = (
        await api(manager).post('/products', { sku: 'LINE-1', name: 'Flange', unitPrice: '7.25' }).expect(201)
      ).body;
      const line = await api(manager)
        .post(`/projects/${project.id}/products`, { productId: product.id, quantity: 4 })
        .expect(201);
      expect(line.body).toMatchObject({ sku: 'LINE-1', quantity: 4, unitPrice: '7.25', lineTotal: '29.00' });
      await api(manager).patch(`/products/${product.id}`, { unitPrice: '9.00' }).expect(200);
      const again = await api(manager).post(`/projects/${project.id}/products`, {
        productId: product.id,
        quantity: 1,
      });
      expect(again.status).toBe(409);
      const lines = await api(viewer).get(`/projects/${project.id}/products`).expect(200);
      expect(lines.body).toMatchObject({ total: '29.00', items: [{ unitPrice: '7.25' }] });
      await api(manager)
        .patch(`/projects/${project.id}/products/${line.body.id}`, {
          quantity: 10,
          version: line.body.version,
        })
        .expect(200);
      const stale = await api(manager).patch(`/projects/${project.id}/products/${line.body.id}`, {
        quantity: 2,
        version: line.body.version,
      });
      expect(stale.status).toBe(409);
      expect((await api(viewer).get(`/projects/${project.id}/products`)).body.total).toBe('72.50');
      expect((await api(viewer).get(`/products/${product.id}`)).body.projectCount).toBe(1);
      await api(manager).delete(`/products/${product.id}`).expect(409);
      await api(manager)
        .post(`/projects/${project.id}/products`, { productId: product.id, quantity: 0 })
        .expect(400);
      await api(manager)
        .post(`/projects/${project.id}/products`, {
          productId: '00000000-0000-4000-8000-000000000000',
          quantity: 1,
        })
        .expect(404);
      await api(manager).delete(`/projects/${project.id}/products/${line.body.id}`).expect(204);
      await api(manager).delete(`/products/${product.id}`).expect(204);
      await api(viewer).get(`/products/${product.id}`).expect(404);
    });
  });

  describe('design files', () => {
    it('stores a DXF with its SHA-256, gives it back under its name, and draws its entities as SVG', async () => {
      const project = await newProject();
      const name = 'Bracket plate ø8.dxf';
      const uploaded = await api(manager).upload(`/projects/${project.id}/files`, BRACKET, name).expect(201);
      expect(uploaded.body).toMatchObject({
        name,
        kind: 'dxf',
        size: BRACKET.length,
        sha256: sha256(BRACKET),
        hasPreview: true,
        projectId: project.id,
        productId: null,
      });
      expect(existsSync(path.join(stored, uploaded.body.id))).toBe(true);
      const download = await api(operator).get(`/files/${uploaded.body.id}`).buffer(true).expect(200);
      expect(sha256(Buffer.from(download.body))).toBe(sha256(BRACKET));
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Bracket plate _8.dxf"; filename*=UTF-8''Bracket%20plate%20%C3%B88.dxf`,
      );
      const preview = await api(viewer).get(`/files/${uploaded.body.id}/preview`).buffer(true).expect(200);
      expect(preview.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const svg = Buffer.from(preview.body).toString();
      expect(svg).toContain('<svg');
      // The outline as a path, and the two ø8 holes where they were drawn.
      expect(svg.match(/<path /g)).toHaveLength(1);
      expect(svg.match(/<circle [^>]+>/g)).toEqual([
        '<circle cx="20" cy="20" r="4" />',
        '<circle cx="100" cy="20" r="4" />',
      ]);
      expect(
        (await api(viewer).get(`/projects/${project.id}/files`)).body.items.map(
          (f: { name: string }) => f.name,
        ),
      ).toEqual([name]);
    });

    it('renders a PDF’s first page and keeps a LightBurn project without a preview', async () => {
      const project = await newProject();
      const pdf = await api(manager)
        .upload(`/projects/${project.id}/files`, PDF, 'quote drawing.pdf')
        .expect(201);
      expect(pdf.body).toMatchObject({ kind: 'pdf', contentType: 'application/pdf', hasPreview: true });
      const page = await api(viewer).get(`/files/${pdf.body.id}/preview`).buffer(true).expect(200);
      expect(page.headers['content-type']).toBe('image/png');
      const { width, height } = await sharp(Buffer.from(page.body)).metadata();
      expect(width).toBeGreaterThan(height ?? 0);
      const lbrn = await api(manager)
        .upload(`/projects/${project.id}/files`, LIGHTBURN, 'nest.lbrn2')
        .expect(201);
      expect(lbrn.body).toMatchObject({ kind: 'lightburn', hasPreview: false });
      await api(viewer).get(`/files/${lbrn.body.id}/preview`).expect(404);
    });

    it('refuses a file whose content is not what its extension says, and one over UPLOAD_MAX_MB', async () => {
      const project = await newProject();
      const fake = await api(manager)
        .upload(`/projects/${project.id}/files`, Buffer.from('just some notes'), 'part.dxf')
        .expect(400);
      expect(fake.body.errors).toEqual([
        { path: 'file', message: 'This file is not a DXF drawing: its content is not DXF text' },
      ]);
      await api(manager).upload(`/projects/${project.id}/files`, BRACKET, 'part.pdf').expect(400);
      await api(manager).upload(`/projects/${project.id}/files`, PDF, 'notes.txt').expect(400);
      const huge = Buffer.concat([BRACKET, Buffer.alloc(2 * 1024 * 1024, 0x20)]);
      await api(manager).upload(`/projects/${project.id}/files`, huge, 'huge.dxf').expect(413);
      expect((await api(viewer).get(`/projects/${project.id}/files`)).body.items).toEqual([]);
      await api(manager)
        .upload('/projects/00000000-0000-4000-8000-000000000000/files', BRACKET, 'part.dxf')
        .expect(404);
      await api(operator).upload(`/projects/${project.id}/files`, BRACKET, 'part.dxf').expect(403);
    });

    it('attaches files to products, and removes stored files with their rows', async () => {
      const product = (await api(manager).post('/products', { sku: 'FILES-1', name: 'Hinge' }).expect(201))
        .body;
      const file = await api(manager)
        .upload(`/products/${product.id}/files`, BRACKET, 'hinge.dxf')
        .expect(201);
      expect(file.body).toMatchObject({ productId: product.id, projectId: null });
      expect((await api(viewer).get(`/products/${product.id}`)).body.files).toHaveLength(1);
      const original = path.join(stored, file.body.id);
      await api(operator).delete(`/files/${file.body.id}`).expect(403);
      await api(manager).delete(`/files/${file.body.id}`).expect(204);
      expect(existsSync(original)).toBe(false);
      expect(existsSync(`${original}.preview.svg`)).toBe(false);

      const project = await newProject();
      const onProject = await api(manager)
        .upload(`/projects/${project.id}/files`, BRACKET, 'a.dxf')
        .expect(201);
      await api(manager).delete(`/clients/${project.clientId}?cascade=true`).expect(204);
      expect(existsSync(path.join(stored, onProject.body.id))).toBe(false);
      await api(viewer).get(`/files/${onProject.body.id}`).expect(404);
    });
  });
});

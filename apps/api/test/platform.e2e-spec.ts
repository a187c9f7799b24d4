import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

describe('platform: health, errors, headers, docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '10kb' });
  });
  afterAll(() => t.close());

  it('reports health with a database check', async () => {
    const response = await request(t.http).get('/api/v1/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(t.http).get('/api/v1/no-such-thing').expect(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status: 404,
      title: 'Not found',
      instance: '/api/v1/no-such-thing',
    });
  });

  it('answers malformed JSON with 400 and an oversized body with 413, never a stack', async () => {
    const malformed = await request(t.http)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(malformed.body.status).toBe(400);
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js/);
    const huge = await request(t.http)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(20_000), password: 'y' }))
      .expect(413);
    expect(huge.body).toMatchObject({ status: 413, title: 'Payload too large' });
  });

  it('sets security headers and a request id, and allows no other origin', async () => {
    const response = await request(t.http)
      .get('/api/v1/health')
      .set('origin', 'https://evil.example')
      .expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[\w-]+$/);
    const traced = await request(t.http).get('/api/v1/health').set('x-request-id', 'trace-123').expect(200);
    expect(traced.headers['x-request-id']).toBe('trace-123');
  });

  it('publishes an OpenAPI document generated from the contracts, and the interactive docs', async () => {
    const spec = await request(t.http).get('/api/docs/openapi.json').expect(200);
    expect(spec.body.info.title).toBe('FactoryOps API');
    const create = spec.body.paths['/api/v1/users'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'displayName', 'roles', 'password']));
    expect(schema.additionalProperties).toBe(false);
    expect(spec.body.paths['/api/v1/audit'].get.parameters.map((p: { name: string }) => p.name)).toContain(
      'entityType',
    );
    const ui = await request(t.http).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });
});

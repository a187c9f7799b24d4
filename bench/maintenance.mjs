import os from 'node:os';
import pg from 'pg';
import { buildIfStale, startBuiltApp } from '../scripts/lib.mjs';
import { apiCall, machineDescription, saveResult, signIn, timed } from './common.mjs';

const MACHINES = 500;
const REQUESTS = 10_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const SERVER_CPU = os.cpus().length > 1 ? '0' : undefined;

await buildIfStale();
const app = await startBuiltApp(
  { LOG_LEVEL: 'info', NODE_ENV: 'production', INSTRUMENT_POLLING: 'false' },
  { cpus: SERVER_CPU },
);
const db = new pg.Client({ connectionString: await app.databaseUrl() });
try {
  await db.connect();
  const manager = await signIn(app.url, 'manager@demo.local');
  const tech = await signIn(app.url, 'tech@demo.local');
  const [{ id: teamId }] = (await db.query("SELECT id FROM maintenance_teams WHERE name = 'Mechanics'")).rows;
  const [{ id: techId }] = (await db.query("SELECT id FROM users WHERE email = 'tech@demo.local'")).rows;

  // The data set, straight into PostgreSQL: 500 machines over 5 buildings, 10,000 requests in every status.
  await db.query(
    `INSERT INTO machines (name, code, building, area, category, importance, team_id, portal_token, version)
     SELECT 'Bench machine ' || g, 'BENCH-' || g, 'Building ' || (g % 5 + 1), 'Area ' || (g % 7), 'Press', g % 5 + 1, $1,
            md5(random()::text || g), 1
       FROM generate_series(1, ${MACHINES}) g`,
    [teamId],
  );
  await db.query(
    `INSERT INTO maintenance_requests (type, status, subject, severity, machine_id, team_id, technician_id,
                                       created_by, created_at, repaired_at, duration_hours, version)
     SELECT 'Corrective', s.status, 'Bench request ' || g, 'Medium', m.id, $1,
            CASE WHEN s.status = 'New' THEN NULL ELSE $2::uuid END, 'Bench',
            now() - (g || ' minutes')::interval,
            CASE WHEN s.status = 'Repaired' THEN now() - (g || ' minutes')::interval + interval '2 hours' END,
            CASE WHEN s.status = 'Repaired' THEN 2 END, 1
       FROM generate_series(1, ${REQUESTS}) g
       JOIN LATERAL (SELECT (ARRAY['Repaired', 'Repaired', 'Repaired', 'Scrap', 'In Progress', 'New'])[g % 6 + 1] AS status) s ON true
       JOIN LATERAL (SELECT id FROM machines WHERE code = 'BENCH-' || (g % ${MACHINES} + 1)) m ON true`,
    [teamId, techId],
  );
  await db.query('ANALYZE');
  // Fresh New requests for the write path (each is assigned, started and completed once).
  const fresh = [];
  const machineIds = (await db.query("SELECT id FROM machines WHERE code LIKE 'BENCH-%' ORDER BY code")).rows;
  for (let i = 0; i < SAMPLES; i += 1) {
    const response = await fetch(`${app.url}/api/v1/maintenance/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...manager },
      body: JSON.stringify({ machineId: machineIds[i % machineIds.length].id, subject: `Timed ${i}` }),
    });
    fresh.push((await response.json()).id);
  }

  const call = apiCall(app.url);
  // Warm-up: connections, plans and caches, as on a running server.
  await timed(
    'warm-up',
    fresh.slice(0, 50).map((id) => call(`/maintenance/requests/${id}/actions`, tech)),
  );

  const results = [
    await timed(
      'GET /health (floor)',
      fresh.map(() => call('/health', {})),
    ),
    await timed(
      'GET …/{id}/actions',
      fresh.map((id) => call(`/maintenance/requests/${id}/actions`, tech)),
    ),
    await timed(
      'GET …/{id}/state',
      fresh.map((id) => call(`/maintenance/requests/${id}/state`, tech)),
    ),
    await timed(
      'POST …/{id}/assign',
      fresh.map((id) =>
        call(`/maintenance/requests/${id}/assign`, manager, 'POST', { technicianId: techId }),
      ),
    ),
    await timed(
      'POST …/{id}/start',
      fresh.map((id) => call(`/maintenance/requests/${id}/start`, tech, 'POST', {})),
    ),
    await timed(
      'POST …/{id}/complete',
      fresh.map((id) => call(`/maintenance/requests/${id}/complete`, tech, 'POST', { durationHours: 1.5 })),
    ),
    await timed(
      'GET /machines (status list, 50 of 508)',
      fresh.map(() => call('/machines?pageSize=50', tech)),
    ),
    await timed(
      'GET /machines?status=Fault',
      fresh.map(() => call('/machines?status=Fault&pageSize=50', tech)),
    ),
  ];
  const goals = { 'GET …/{id}/actions': 10, 'POST …/{id}/assign': 50 };
  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: { machines: MACHINES, requests: REQUESTS, samples: SAMPLES },
    results,
  };
  await saveResult('maintenance', summary);
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`
| endpoint | p50 | p99 | goal (p99) |
|---|---|---|---|
${results.map((r) => `| ${r.label} | ${ms(r.p50)} | ${ms(r.p99)} | ${goals[r.label] ? `< ${goals[r.label]} ms${r.p99 < goals[r.label] ? ' — met' : ' — **not met**'}` : ''} |`).join('\n')}

${summary.machine}; ${MACHINES} machines and ${REQUESTS} requests in PostgreSQL, ${SAMPLES} sequential calls per endpoint`);
} finally {
  await db.end().catch(() => undefined);
  await app.stop();
}

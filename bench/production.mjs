// `npm run bench:production`: the production API at shop scale — 50,000 projects, a 200-item queue —
// p50/p99 of the project list (filters, pages of 50), POP → queue item, reorder, start and complete,
// against the GET /health floor, measured before each timed call of the same run; then 20 browsers reordering the queue at once, checked
// for a lost or duplicated position.
import os from 'node:os';
import pg from 'pg';
import { buildIfStale, startBuiltApp } from '../scripts/lib.mjs';
import { jobsIdle } from './readings-data.mjs';
import { apiCall, latencyOf, machineDescription, saveResult, signIn, summarised, timed } from './common.mjs';

const PROJECTS = 50_000;
const QUEUE = 200;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const CONCURRENT = 20;
const MOVES_EACH = 10;
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
  const operator = await signIn(app.url, 'operator@demo.local');

  // The data set, straight into PostgreSQL: 200 more clients and 50,000 projects over two years, every status.
  await db.query(
    `INSERT INTO customers (name, contact_person, email, version)
     SELECT 'Bench client ' || g, 'Contact ' || g, 'bench' || g || '@example.com', 1 FROM generate_series(1, 200) g`,
  );
  await db.query(
    `INSERT INTO production_projects (code, customer_id, month, number, name, status, due_date, pop_deadline,
                                      quoted_price, material_type, material_thickness, estimated_cut_minutes, created_at, version)
     SELECT 'JB-BENCH-' || g, c.id, to_char(d, 'YYYY-MM'), 1000 + g, 'Bench job ' || g,
            (ARRAY['Request', 'Quote & Approval', 'Approved (POP Received)', 'Queued (Scheduled for Cutting)',
                   'In Progress', 'Completed', 'Completed', 'Completed', 'Cancelled'])[g % 9 + 1],
            (d + interval '20 days')::date, CASE WHEN g % 9 IN (2, 3) THEN (d + interval '10 days')::date END,
            (g % 900 + 100)::numeric(10,2), (ARRAY['Mild steel', 'Stainless steel', 'Aluminium'])[g % 3 + 1],
            (ARRAY[1, 2, 3, 5, 10])[g % 5 + 1], 30 + g % 120, d, 1
       FROM generate_series(1, ${PROJECTS}) g
       JOIN LATERAL (SELECT now() - (g * 20 || ' minutes')::interval AS d) t ON true
       JOIN LATERAL (SELECT id FROM customers ORDER BY number OFFSET g % 208 LIMIT 1) c ON true`,
  );
  // As a shop's database is between bursts of work: vacuumed (the visibility map set, so counts can read indexes alone) and analysed.
  await db.query('VACUUM ANALYZE');
  // The demo's own background work (its certificates' corrections of 30 days of readings) done first.
  await jobsIdle(db);
  const [{ id: clientId }] = (await db.query("SELECT id FROM customers WHERE name = 'Bench client 7'")).rows;

  const post = async (path, auth, body = {}) => {
    const response = await fetch(`${app.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const activeOrder = async () => {
    const response = await fetch(`${app.url}/api/v1/production/queue?scope=active`, { headers: operator });
    return (await response.json()).items.map((item) => item.id);
  };

  // Fresh Request projects, each given its proof of payment once (timed below): the queue grows to 200+.
  const fresh = [];
  for (let i = 0; i < Math.max(SAMPLES, QUEUE); i += 1)
    fresh.push(
      (await post('/production/projects', manager, { clientId, name: `Timed ${i}`, estimatedCutMinutes: 45 }))
        .body.id,
    );

  const call = apiCall(app.url);
  const times = (n, make) => Array.from({ length: n }, (_, i) => make(i));
  await timed(
    'warm-up',
    times(50, (i) => call(`/production/projects?page=${i + 1}&pageSize=50`, operator)),
  );

  // The floor: one GET /health before each timed call, so that it meets the machine as every endpoint does.
  const health = { call: call('/health', {}), latencies: [] };
  const results = [
    await timed(
      'GET /projects (page of 50)',
      times(SAMPLES, (i) => call(`/production/projects?page=${(i % 100) + 1}&pageSize=50`, operator)),
      health,
    ),
    await timed(
      'GET /projects?status=Completed',
      times(SAMPLES, (i) =>
        call(`/production/projects?status=Completed&page=${(i % 20) + 1}&pageSize=50`, operator),
      ),
      health,
    ),
    await timed(
      'GET /projects?q=job 12',
      times(SAMPLES, () => call('/production/projects?q=job%2012&pageSize=50', operator)),
      health,
    ),
    await timed(
      'GET /projects?clientId&overdue',
      times(SAMPLES, () =>
        call(`/production/projects?clientId=${clientId}&overdue=true&pageSize=50`, operator),
      ),
      health,
    ),
    await timed(
      'GET /projects?popDeadlineWithin=7',
      times(SAMPLES, () => call('/production/projects?popDeadlineWithin=7&pageSize=50', operator)),
      health,
    ),
  ];
  const popped = [];
  results.push(
    await timed(
      'POST …/projects/{id}/pop (→ queue item)',
      fresh.map((id) => async () => {
        const response = await call(`/production/projects/${id}/pop`, manager, 'POST', {})();
        popped.push(await response.clone().json());
        return response;
      }),
      health,
    ),
  );
  const queueLength = (await activeOrder()).length;
  // Each reorder is given the order as read just before it; that read is not part of its time.
  const reorders = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const order = await activeOrder();
    health.latencies.push(await latencyOf('floor', health.call));
    const move = {
      itemId: order[(i * 37) % order.length],
      toIndex: (i * 11) % order.length,
      expectedOrder: order,
    };
    reorders.push(await latencyOf('reorder', call('/production/queue/reorder', manager, 'POST', move)));
  }
  results.push(summarised(`POST /queue/reorder (${queueLength} active)`, reorders));
  const items = popped.map((answer) => answer.queueItem.id).slice(0, SAMPLES);
  results.push(
    await timed(
      'POST /queue/{id}/start',
      items.map((id) => call(`/production/queue/${id}/start`, operator, 'POST', {})),
      health,
    ),
    await timed(
      'POST /queue/{id}/complete',
      items.map((id) => call(`/production/queue/${id}/complete`, operator, 'POST', {})),
      health,
    ),
  );
  results.unshift(summarised('GET /health (floor, before each call)', health.latencies));

  // Refill the queue to 200 active items, then 20 browsers drag at once, each retrying on 409 with the order it is sent.
  await db.query(
    "UPDATE production_queue_items SET status = 'Queued', started_at = NULL, completed_at = NULL",
  );
  await db.query(
    `UPDATE production_queue_items q SET position = r.n FROM (SELECT id, row_number() OVER (ORDER BY position) AS n FROM production_queue_items) r WHERE q.id = r.id`,
  );
  const before = (
    await db.query(
      "SELECT id, position FROM production_queue_items WHERE status IN ('Queued', 'In Progress') ORDER BY position",
    )
  ).rows;
  let conflicts = 0;
  const began = performance.now();
  await Promise.all(
    times(CONCURRENT, async (browser) => {
      let order = await activeOrder();
      for (let move = 0; move < MOVES_EACH; ) {
        const answer = await post('/production/queue/reorder', manager, {
          itemId: order[(browser * 13 + move * 7) % order.length],
          toIndex: (browser * 5 + move * 3) % order.length,
          expectedOrder: order,
        });
        if (answer.status === 409) {
          conflicts += 1;
          order = answer.body.currentOrder;
        } else if (answer.status === 200 || answer.status === 201) {
          order = answer.body.items.map((item) => item.id);
          move += 1;
        } else throw new Error(`concurrent reorder: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    }),
  );
  const concurrentMs = performance.now() - began;
  const after = (
    await db.query(
      "SELECT id, position FROM production_queue_items WHERE status IN ('Queued', 'In Progress') ORDER BY position",
    )
  ).rows;
  const positions = after.map((row) => row.position);
  const lost =
    after.length !== before.length ||
    new Set(positions).size !== positions.length ||
    JSON.stringify(positions) !== JSON.stringify(before.map((row) => row.position)) ||
    JSON.stringify(after.map((row) => row.id).sort()) !== JSON.stringify(before.map((row) => row.id).sort());

  const floor = results[0].p99;
  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: {
      projects: PROJECTS,
      queue: before.length,
      samples: SAMPLES,
      concurrent: CONCURRENT,
      movesEach: MOVES_EACH,
    },
    results: results.map((r) => ({ ...r, p99OverFloor: r.p99 / floor })),
    concurrentReorder: {
      items: before.length,
      moves: CONCURRENT * MOVES_EACH,
      conflicts,
      ms: concurrentMs,
      lostOrDuplicated: lost,
    },
  };
  await saveResult('production', summary);
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`
| endpoint | p50 | p99 | p99 ÷ floor p99 (goal ≤ 2) |
|---|---|---|---|
${summary.results.map((r, i) => `| ${r.label} | ${ms(r.p50)} | ${ms(r.p99)} | ${i === 0 ? '' : `${r.p99OverFloor.toFixed(2)}${r.p99OverFloor <= 2 ? ' — met' : ' — **not met**'}`} |`).join('\n')}

Concurrent reorder: ${CONCURRENT} browsers × ${MOVES_EACH} moves on ${before.length} active items in ${ms(concurrentMs)}, ${conflicts} stale views answered 409 and retried; positions ${lost ? '**LOST OR DUPLICATED**' : 'unique, dense and all kept'}.
${summary.machine}; ${PROJECTS} projects in PostgreSQL, ${SAMPLES} sequential calls per endpoint`);
  if (lost) process.exitCode = 1;
} finally {
  await db.end().catch(() => undefined);
  await app.stop();
}

// REST benchmark: an authenticated list endpoint (GET /api/v1/users?pageSize=50) and /auth/me against
// two bare servers answering the same JSON — node:http, and Fastify (the API's HTTP engine, so what is
// left between it and the API is Nest and the app) — measured alternately in the same run (the machine
// is shared and noisy, so the ratio is what counts). Each server gets CPU 0 (the API shares it with its
// PostgreSQL); the load generator runs on CPU 1. Prints a Markdown table; writes bench/results/.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildIfStale, freePort, pinned, startBuiltApp } from '../scripts/lib.mjs';
import { machineDescription, median, saveResult, signIn } from './common.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SERVER_CPU = os.cpus().length > 1 ? '0' : undefined;

function cannon(url, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION }, (error, result) =>
      error
        ? reject(error)
        : resolve({
            rps: result.requests.average,
            p99: result.latency.p99,
            errors: result.errors + result.non2xx,
          }),
    );
  });
}

const BARE_SERVERS = {
  'node:http': (file, port) =>
    `const body=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json; charset=utf-8'});s.end(body)}).listen(${port},'127.0.0.1',()=>console.log('ready'))`,
  fastify: (file, port) =>
    `const body=require('fs').readFileSync(${JSON.stringify(file)},'utf8');const app=require('fastify')();app.get('/',(q,r)=>{r.type('application/json; charset=utf-8').send(body)});app.listen({port:${port},host:'127.0.0.1'}).then(()=>console.log('ready'))`,
};

/** A baseline: a bare server (`kind` of BARE_SERVERS) answering a fixed body, in its own process on the server CPU. */
async function startBareServer(kind, body) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'factoryops-bench-')), 'body.json');
  await writeFile(file, body);
  const port = await freePort();
  const [command, args] = pinned(SERVER_CPU, process.execPath, ['-e', BARE_SERVERS[kind](file, port)]);
  // From bench/, where its own dependencies (fastify) resolve.
  const child = spawn(command, args, { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/**
 * The same page of users straight from PostgreSQL: node-pg on the server CPU running the list's
 * statement (prepared, as the API runs it) on CONNECTIONS connections for DURATION seconds, nothing
 * else. No API that reads the database on every request can go faster on this core: statements/s.
 */
async function databaseCeiling(databaseUrl) {
  const code = `const pg=require('pg');const pool=new pg.Pool({connectionString:${JSON.stringify(databaseUrl)},max:${CONNECTIONS}});
const text='SELECT u.*, COUNT(*) OVER () AS page_total FROM users u ORDER BY u.display_name ASC NULLS FIRST, u.id ASC LIMIT $1 OFFSET $2';
let done=0;const end=Date.now()+${DURATION * 1000};
const loop=async()=>{while(Date.now()<end){await pool.query({name:'bench-users',text,values:[50,0]});done+=1}};
Promise.all(Array.from({length:${CONNECTIONS}},loop)).then(()=>{console.log(String(done/${DURATION}));return pool.end()})`;
  const [command, args] = pinned(SERVER_CPU, process.execPath, ['-e', code]);
  const child = spawn(command, args, { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (data) => {
    output += data;
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return { rps: Number(output.trim()) };
}

await buildIfStale();
// Production settings, request logging included (to /dev/null), as an operator would run it.
const app = await startBuiltApp({ LOG_LEVEL: 'info', NODE_ENV: 'production' }, { cpus: SERVER_CPU });
try {
  const headers = await signIn(app.url, 'admin@demo.local');
  for (let i = 0; i < 60; i += 1) {
    await fetch(`${app.url}/api/v1/users`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench${i}@bench.local`,
        displayName: `Bench User ${i}`,
        roles: ['viewer'],
        password: 'bench-pass-1',
      }),
    });
  }
  const endpoint = `${app.url}/api/v1/users?pageSize=50`;
  const body = await fetch(endpoint, { headers }).then((r) => r.text());
  const bare = await startBareServer('node:http', body);
  const bareFastify = await startBareServer('fastify', body);

  const databaseUrl = await app.databaseUrl();
  const rounds = { bare: [], bareFastify: [], database: [], users: [], me: [] };
  for (let round = 1; round <= ROUNDS; round += 1) {
    rounds.bare.push(await cannon(bare.url, {}));
    rounds.bareFastify.push(await cannon(bareFastify.url, {}));
    rounds.database.push(await databaseCeiling(databaseUrl));
    rounds.users.push(await cannon(endpoint, headers));
    // An authenticated answer with no database work: the HTTP pipeline's own cost.
    rounds.me.push(await cannon(`${app.url}/api/v1/auth/me`, headers));
    const last = (name) => rounds[name].at(-1);
    console.log(
      `round ${round}: users ${last('users').rps.toFixed(0)} req/s p99 ${last('users').p99} ms (PostgreSQL alone ${last('database').rps.toFixed(0)}/s), me ${last('me').rps.toFixed(0)} req/s, bare node:http ${last('bare').rps.toFixed(0)} req/s, bare fastify ${last('bareFastify').rps.toFixed(0)} req/s, users/bare ${((last('users').rps / last('bare').rps) * 100).toFixed(1)} %`,
    );
  }
  bare.stop();
  bareFastify.stop();
  const figures = (results) => ({
    rpsMedian: median(results.map((r) => r.rps)),
    p99Median: median(results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  });
  /** Median over the paired rounds of `name`'s req/s over the baseline's in the same round. */
  const ratio = (name, baseline) => median(rounds[name].map((r, i) => r.rps / rounds[baseline][i].rps));
  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: {
      rounds: ROUNDS,
      seconds: DURATION,
      connections: CONNECTIONS,
      serverCpu: SERVER_CPU ?? 'shared',
      payloadBytes: Buffer.byteLength(body),
    },
    api: figures(rounds.users),
    authMe: figures(rounds.me),
    bare: figures(rounds.bare),
    bareFastify: figures(rounds.bareFastify),
    database: { rpsMedian: median(rounds.database.map((r) => r.rps)) },
    ratioMedian: ratio('users', 'bare'),
    ratios: {
      usersToBare: ratio('users', 'bare'),
      usersToBareFastify: ratio('users', 'bareFastify'),
      usersToDatabase: ratio('users', 'database'),
      meToBare: ratio('me', 'bare'),
      meToBareFastify: ratio('me', 'bareFastify'),
    },
  };
  await saveResult('rest', summary);
  const percent = (value) => `${(value * 100).toFixed(1)} %`;
  console.log(`
| server | req/s (median) | p99 ms (median) | of bare node:http | of bare Fastify | goal |
|---|---|---|---|---|---|
| FactoryOps GET /api/v1/users?pageSize=50 (JWT, PostgreSQL) | ${summary.api.rpsMedian.toFixed(0)} | ${summary.api.p99Median} | ${percent(summary.ratios.usersToBare)} | ${percent(summary.ratios.usersToBareFastify)} | ≥ 40 %, p99 ≤ 25 ms |
| FactoryOps GET /api/v1/auth/me (JWT, no database work) | ${summary.authMe.rpsMedian.toFixed(0)} | ${summary.authMe.p99Median} | ${percent(summary.ratios.meToBare)} | ${percent(summary.ratios.meToBareFastify)} | ≥ 60 % |
| bare node:http, same ${summary.settings.payloadBytes}-byte JSON | ${summary.bare.rpsMedian.toFixed(0)} | ${summary.bare.p99Median} | | | |
| bare Fastify, same JSON | ${summary.bareFastify.rpsMedian.toFixed(0)} | ${summary.bareFastify.p99Median} | | | |
| context: the list's statement alone, node-pg on the server CPU (statements/s) | ${summary.database.rpsMedian.toFixed(0)} | | | | API: ${percent(summary.ratios.usersToDatabase)} of it |

Ratios are medians of ${ROUNDS} paired rounds. ${summary.machine}; servers on CPU ${summary.settings.serverCpu}, load generator on the other; ${CONNECTIONS} connections, ${DURATION} s per measurement; errors: ${summary.api.errors + summary.authMe.errors}`);
} finally {
  await app.stop();
}

// REST benchmark: an authenticated list endpoint (GET /api/v1/users?pageSize=50) against a bare
// node:http server answering the same JSON, measured alternately in the same run (the machine is
// shared and noisy, so the ratio is what counts). Each server gets CPU 0 (the API shares it with its
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

/** The baseline: node:http answering a fixed body, in its own process on the server CPU. */
async function startBareServer(body) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'factoryops-bench-')), 'body.json');
  await writeFile(file, body);
  const port = await freePort();
  const code = `const body=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json; charset=utf-8'});s.end(body)}).listen(${port},'127.0.0.1',()=>console.log('ready'))`;
  const [command, args] = pinned(SERVER_CPU, process.execPath, ['-e', code]);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
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
  const bare = await startBareServer(body);

  const api = [];
  const baseline = [];
  // Context: an authenticated answer with no database work, to see the HTTP pipeline's own cost.
  const pipelineOnly = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    baseline.push(await cannon(bare.url, {}));
    api.push(await cannon(endpoint, headers));
    pipelineOnly.push(await cannon(`${app.url}/api/v1/auth/me`, headers));
    const ratio = api.at(-1).rps / baseline.at(-1).rps;
    console.log(
      `round ${round}: api ${api.at(-1).rps.toFixed(0)} req/s p99 ${api.at(-1).p99} ms, bare ${baseline.at(-1).rps.toFixed(0)} req/s p99 ${baseline.at(-1).p99} ms, ratio ${(ratio * 100).toFixed(1)} %`,
    );
  }
  bare.stop();
  const ratios = api.map((a, i) => a.rps / baseline[i].rps);
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
    api: {
      rpsMedian: median(api.map((r) => r.rps)),
      p99Median: median(api.map((r) => r.p99)),
      errors: api.reduce((s, r) => s + r.errors, 0),
    },
    bare: { rpsMedian: median(baseline.map((r) => r.rps)), p99Median: median(baseline.map((r) => r.p99)) },
    authMe: {
      rpsMedian: median(pipelineOnly.map((r) => r.rps)),
      p99Median: median(pipelineOnly.map((r) => r.p99)),
    },
    ratioMedian: median(ratios),
  };
  await saveResult('rest', summary);
  console.log(`
| server | req/s (median) | p99 ms (median) |
|---|---|---|
| FactoryOps GET /api/v1/users?pageSize=50 (JWT, PostgreSQL) | ${summary.api.rpsMedian.toFixed(0)} | ${summary.api.p99Median} |
| bare node:http, same ${summary.settings.payloadBytes}-byte JSON | ${summary.bare.rpsMedian.toFixed(0)} | ${summary.bare.p99Median} |
| context: GET /api/v1/auth/me (JWT, no database work) | ${summary.authMe.rpsMedian.toFixed(0)} | ${summary.authMe.p99Median} |
| ratio (median of ${ROUNDS} paired rounds) | ${(summary.ratioMedian * 100).toFixed(1)} % | goal ≥ 40 % |

${summary.machine}; servers on CPU ${summary.settings.serverCpu}, load generator on the other; ${CONNECTIONS} connections, ${DURATION} s per measurement; errors: ${summary.api.errors}`);
} finally {
  await app.stop();
}

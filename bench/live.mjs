// Live benchmark: SUBSCRIBERS socket.io-client connections subscribed to one sensor room of the API's
// `/live` namespace while readings arrive at RATE per second through the pipeline (HTTP push → ingest →
// broadcast); delivery latency (p50/p99, from the reading's time stamp to its arrival at each client)
// and deliveries per second, side by side with a bare Socket.IO server broadcasting the same payloads
// to the same number of clients, in the same run. Both servers are pinned to CPU 0; the clients and
// producers (this process) run on CPU 1 (`npm run bench:live`). Median over alternating rounds.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { buildIfStale, freePort, pinned, ROOT, startBuiltApp } from '../scripts/lib.mjs';
import { apiPoster, machineDescription, median, percentile, saveResult } from './common.mjs';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RATE = 10;
const ROUND_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SERVER_CPU = os.cpus().length > 1 ? '0' : undefined;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `count` separate connections (not multiplexed) to `/live`, subscribed to `sensorId`. */
async function subscribers(url, token, sensorId, count) {
  const sockets = [];
  const onReading = { current: () => undefined };
  for (let opened = 0; opened < count; opened += 50) {
    const wave = Array.from({ length: Math.min(50, count - opened) }, () => {
      const socket = io(`${url}/live`, {
        forceNew: true,
        transports: ['websocket'],
        auth: { token },
        reconnection: false,
      });
      socket.on('reading', (reading) => onReading.current(reading));
      sockets.push(socket);
      return Promise.race([
        once(socket, 'connect'),
        once(socket, 'connect_error').then(([error]) => Promise.reject(error)),
      ]).then(() => socket.timeout(10_000).emitWithAck('subscribe', { sensorIds: [sensorId] }));
    });
    const acks = await Promise.all(wave);
    const refused = acks.find((ack) => !ack.ok);
    if (refused) throw new Error(`subscribe refused: ${refused.error}`);
  }
  return {
    /** Counts deliveries and their latency while `produce` runs for ROUND_SECONDS. */
    async measure(produce) {
      const latencies = [];
      onReading.current = (reading) => latencies.push(Date.now() - Date.parse(reading.time));
      const began = performance.now();
      let sent = 0;
      while (performance.now() - began < ROUND_SECONDS * 1000) {
        const due = began + (sent * 1000) / RATE;
        if (performance.now() < due) await sleep(due - performance.now());
        await produce(sent);
        sent += 1;
      }
      await sleep(500); // the last readings' deliveries
      onReading.current = () => undefined;
      const seconds = (performance.now() - began) / 1000;
      latencies.sort((a, b) => a - b);
      return {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        perSecond: latencies.length / seconds,
        delivered: latencies.length / (sent * count),
      };
    },
    close: () => {
      for (const socket of sockets) socket.disconnect();
    },
  };
}

await buildIfStale();
const app = await startBuiltApp(
  { LOG_LEVEL: 'warn', NODE_ENV: 'production', INSTRUMENT_POLLING: 'false' },
  { cpus: SERVER_CPU },
);
const barePort = await freePort();
const [command, args] = pinned(SERVER_CPU, process.execPath, [
  path.join(ROOT, 'bench/live-bare-server.mjs'),
  String(barePort),
]);
const bare = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
const clients = [];
try {
  await once(bare.stdout, 'data');
  const post = apiPoster(app.url);
  const admin = await post('/auth/login', { email: 'admin@demo.local', password: 'demo1234' });
  const auth = { authorization: `Bearer ${admin.accessToken}` };
  const instrument = await post('/instruments', { name: 'Bench live', driver: 'http-push' }, auth);
  const sensorId = instrument.sensors[0].id;
  const key = await post('/api-keys', { name: 'Bench live', permissions: ['measurements.ingest'] }, auth);

  const reading = (i) => ({
    sensorId,
    time: new Date().toISOString(),
    temperature: 20 + (i % 10) / 10,
    humidity: 45,
  });
  const apiClients = await subscribers(app.url, admin.accessToken, sensorId, SUBSCRIBERS);
  clients.push(apiClients);
  const bareClients = await subscribers(`http://127.0.0.1:${barePort}`, 'none', sensorId, SUBSCRIBERS);
  clients.push(bareClients);
  const producer = io(`http://127.0.0.1:${barePort}/live`, { forceNew: true, transports: ['websocket'] });
  await once(producer, 'connect');

  const paths = {
    api: () =>
      apiClients.measure((i) =>
        post('/ingest/readings', { readings: [reading(i)] }, { 'x-api-key': key.secret }),
      ),
    bare: () =>
      bareClients.measure(async (i) => {
        const { time, temperature, humidity } = reading(i);
        // The payload the API broadcasts for such a reading.
        producer.emit('publish', {
          sensorId,
          instrumentId: instrument.id,
          channel: 1,
          time,
          temperature,
          humidity,
          temperatureRaw: temperature,
          humidityRaw: humidity,
          stored: true,
        });
      }),
  };
  const results = { api: [], bare: [] };
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const name of round % 2 ? ['api', 'bare'] : ['bare', 'api']) {
      results[name].push(await paths[name]());
    }
    const line = (r) =>
      `p50 ${r.p50} ms, p99 ${r.p99} ms, ${Math.round(r.perSecond)} deliveries/s (${(r.delivered * 100).toFixed(1)} %)`;
    console.log(`round ${round}: API ${line(results.api.at(-1))} | bare ${line(results.bare.at(-1))}`);
  }
  producer.disconnect();
  const summarize = (runs) => ({
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    perSecond: median(runs.map((r) => r.perSecond)),
    delivered: median(runs.map((r) => r.delivered)),
  });
  const summary = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    settings: { subscribers: SUBSCRIBERS, rate: RATE, roundSeconds: ROUND_SECONDS, rounds: ROUNDS },
    api: summarize(results.api),
    bare: summarize(results.bare),
    throughputRatio: median(results.api.map((r, i) => r.perSecond / results.bare[i].perSecond)),
  };
  await saveResult('live', summary);
  const row = (label, r) =>
    `| ${label} | ${r.p50} ms | ${r.p99} ms | ${Math.round(r.perSecond)} | ${(r.delivered * 100).toFixed(1)} % |`;
  console.log(`
| server | p50 | p99 | deliveries/s | delivered |
|---|---|---|---|---|
${row('API: HTTP push → ingest → /live broadcast', summary.api)}
${row('bare Socket.IO server, same payloads', summary.bare)}

Throughput ratio ${(summary.throughputRatio * 100).toFixed(1)} % (goal: p99 ≤ 50 ms and ≥ 80 % of the bare throughput).
${summary.machine}; ${SUBSCRIBERS} subscribers on one sensor room, ${RATE} readings/s, ${ROUNDS} rounds of ${ROUND_SECONDS} s per server (medians)`);
} finally {
  for (const group of clients) group.close();
  bare.kill();
  await app.stop();
}

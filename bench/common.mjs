// What every benchmark shares: the statistics, how it describes the machine, where it writes its
// result, and how it talks to the API it started.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/lib.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The p-th percentile of values sorted ascending. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export const machineDescription = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** Writes bench/results/<name>-<day>.json from a summary that has a `date`. */
export async function saveResult(name, summary) {
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(ROOT, `bench/results/${name}-${summary.date.slice(0, 10)}.json`),
    JSON.stringify(summary, null, 2),
  );
}

/** POSTs JSON to `/api/v1{pathname}` of the app at `baseUrl`; the answer's JSON, or an error naming it. */
export function apiPoster(baseUrl) {
  return async (pathname, body, headers = {}) => {
    const response = await fetch(`${baseUrl}/api/v1${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
    return response.json();
  };
}

/** Signs a demo user in: the bearer header for later calls. */
export async function signIn(baseUrl, email) {
  const { accessToken } = await apiPoster(baseUrl)('/auth/login', { email, password: 'demo1234' });
  return { authorization: `Bearer ${accessToken}` };
}

/** Makes one request with `call` and reads its answer whole: the latency in ms, or an error naming `label`. */
export async function latencyOf(label, call) {
  const began = performance.now();
  const response = await call();
  await response.arrayBuffer();
  const ms = performance.now() - began;
  if (!response.ok) throw new Error(`${label}: ${response.status}`);
  return ms;
}

/**
 * Calls each of `calls` in turn (each makes one request and answers its Response), reading every answer
 * whole; p50 and p99 of their latencies. A refused call stops the benchmark, naming `label`. With a
 * `floor` ({ call, latencies }), each call is preceded by one floor call, whose latency joins
 * `floor.latencies`: the floor is then measured under the same load of the machine as every endpoint,
 * not minutes apart from them on a machine whose noise changes by the minute.
 */
export async function timed(label, calls, floor) {
  const latencies = [];
  for (const call of calls) {
    if (floor) floor.latencies.push(await latencyOf('floor', floor.call));
    latencies.push(await latencyOf(label, call));
  }
  return summarised(label, latencies);
}

/** p50 and p99 of `latencies` (ms), under `label`. */
export function summarised(label, latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { label, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** `call(path, auth, method, body)` for the app at `baseUrl`: a call to hand to {@link timed}. */
export const apiCall =
  (baseUrl) =>
  (path, auth, method = 'GET', body) =>
  () =>
    fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

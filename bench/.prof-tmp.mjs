// temporary profiling driver (not committed)
import autocannon from 'autocannon';
import { startBuiltApp } from '../scripts/lib.mjs';
import { signIn } from './common.mjs';
const target = process.argv[2] ?? '/api/v1/auth/me';
process.env.API_NODE_FLAGS =
  process.env.FLAGS ?? `--cpu-prof --cpu-prof-dir=/tmp/prof/${process.argv[3] ?? 'run'}`;
const app = await startBuiltApp({ LOG_LEVEL: 'info', NODE_ENV: 'production' }, { cpus: '0' });
const headers = await signIn(app.url, 'admin@demo.local');
const result = await autocannon({
  url: `${app.url}${target}`,
  headers,
  connections: 20,
  duration: Number(process.env.SECONDS ?? 10),
});
console.log(target, 'req/s', result.requests.average, 'p99', result.latency.p99, 'non2xx', result.non2xx);
await app.stop();

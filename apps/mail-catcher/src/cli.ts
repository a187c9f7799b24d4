#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMailCatcher } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '1025' },
    host: { type: 'string', default: '127.0.0.1' },
    directory: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const catcher = await startMailCatcher({
  port: Number(values.port),
  host: values.host,
  directory: values.directory,
  onMail: (mail) => {
    if (!values.quiet) console.log(`✉ mail to ${mail.to.join(', ')}: ${mail.subject}`);
  },
});
console.log(
  `Mail catcher on smtp://${values.host}:${catcher.port}${values.directory ? `, messages kept in ${values.directory}` : ''}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void catcher.close().then(() => process.exit(0));
  });

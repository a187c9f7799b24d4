import type { Env } from './env.js';

/** The validated configuration with the secrets resolved; injected where needed. */
export class AppConfig {
  constructor(
    readonly env: Env,
    readonly databaseUrl: string,
    readonly jwtSecret: string,
  ) {}

  get isDemo(): boolean {
    return this.env.FACTORYOPS_DEMO;
  }
}

import semver from 'semver';

/**
 * A version number as stored: the semver it names, normalised (`v2.5.0` → `2.5.0`, `=1.0.0-beta.1` →
 * `1.0.0-beta.1`); undefined when it is not a semantic version (`2.5`, `latest`).
 */
export function normalisedVersion(text: string): string | undefined {
  return semver.valid(text.trim()) ?? undefined;
}

/** Version numbers highest first, by semver precedence (`1.10.0` above `1.9.0`, `2.0.0` above `2.0.0-rc.1`). */
export function highestFirst<T>(items: readonly T[], versionOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => semver.rcompare(versionOf(a), versionOf(b)));
}

/** Applies a PATCH body to `target`: the fields it gives take their new value, the others stay. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): T {
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) Object.assign(target, { [key]: value });
  return target;
}

/**
 * One list of every process-wide cache and memo of the plugin, each with the function that empties
 * it, so that tests can start each case from the state of a new process (`resetAllCaches`).
 *
 * Linting never calls a reset: each cache already expires on its own terms (fs-cache's trust window,
 * LRU bounds, size caps, WeakMap keys that die with their config), and registering changes none of
 * that. A module registers when it is first imported, so a cache whose module was never loaded has
 * nothing to empty.
 */

const resetsByName = new Map<string, () => void>();

/**
 * Registers the cache `name` (`'<module>: <what it holds>'`) with the function that returns it to
 * its state at import. Throws on a name taken twice: the first cache would never be emptied again.
 */
export function registerCache(name: string, reset: () => void): void {
  if (resetsByName.has(name)) throw new Error(`eslint-plugin-ssot: the cache "${name}" is registered twice.`);
  resetsByName.set(name, reset);
}

/** Empties every registered cache, as if the process had just started; for tests. */
export function resetAllCaches(): void {
  for (const reset of resetsByName.values()) reset();
}

/** The names of the registered caches, in registration order; lets tests see that none is missing. */
export function registeredCacheNames(): string[] {
  return [...resetsByName.keys()];
}

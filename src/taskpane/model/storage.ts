/**
 * Per-user storage for preferences. Wraps `localStorage` so the model can be
 * tested with a plain map and survives browsers that block storage.
 */
export interface KeyValueStore {
  get(key: string): string | undefined
  set(key: string, value: string): void
}

export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>()
  get(key: string): string | undefined {
    return this.values.get(key)
  }
  set(key: string, value: string): void {
    this.values.set(key, value)
  }
}

/** `localStorage`, or memory when it is unavailable (some webviews block it). */
export function browserStore(): KeyValueStore {
  try {
    const storage = globalThis.localStorage
    const probe = 'woordwijs.probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return {
      get: (key) => storage.getItem(key) ?? undefined,
      set: (key, value) => {
        try {
          storage.setItem(key, value)
        } catch {
          // Quota or privacy mode: the preference simply does not persist.
        }
      },
    }
  } catch {
    return new MemoryStore()
  }
}

/** Read JSON written by this add-in; anything unreadable counts as absent. */
export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.get(key)
  if (raw === undefined) return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return undefined
  }
}

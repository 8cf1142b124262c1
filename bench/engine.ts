/**
 * The compiled engine (build/), typed by its source. Benchmarks measure the
 * JavaScript users run, not a just-in-time TypeScript transform of it.
 */
type Engine = typeof import('../src/core/index.js')

const compiled: string = '../build/core/index.js'
export const engine: Engine = (await import(compiled)) as Engine

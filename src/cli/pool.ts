/**
 * Checking many files: in this thread for a few files, else on a pool of
 * worker threads (one per core by default), each loading the lexicon once.
 * Outcomes come back in input order whatever order the workers finish in, so
 * the report is the same for any number of workers.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { LexiconError, type LexiconProblem } from '../core/index.js'
import { checkFile, loadCheckLexicon, type CheckSettings } from './check-file.js'
import type { FileReport } from './format-text.js'
import { InputError } from './input-error.js'

/** What a worker is started with (structured-cloned into it). */
export interface WorkerSetup {
  readonly lexicons: readonly string[]
  readonly settings: CheckSettings
}

export interface ToWorker {
  readonly index: number
  readonly path: string
}

export type FromWorker =
  | { readonly type: 'report'; readonly index: number; readonly report: FileReport }
  | { readonly type: 'input-error'; readonly index: number; readonly path: string; readonly message: string }
  | { readonly type: 'lexicon-error'; readonly problems: LexiconProblem[] }
  | { readonly type: 'setup-input-error'; readonly path: string; readonly message: string }
  | { readonly type: 'fatal'; readonly message: string }

/** One input file's result: its report, or why it could not be read. */
export type FileOutcome = { readonly report: FileReport; readonly error?: undefined } | { readonly error: InputError; readonly report?: undefined }

export interface CheckFilesOptions {
  readonly files: readonly string[]
  /** Organisation lexicon files on top of the built-in one. */
  readonly lexicons: readonly string[]
  readonly settings: CheckSettings
  /** Worker threads to use; 1 checks in this thread. Default: decided by {@link poolSize}. */
  readonly jobs?: number | undefined
  /** Called with 0 at the start (loading the lexicon takes a moment), then after each file. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined
}

/**
 * Starting a worker costs about as much as loading the lexicon (a second or
 * two); below this many files per worker the pool would not pay for itself.
 */
export const MIN_FILES_PER_WORKER = 8

/** How many workers to start; 0 or 1 means: check in this thread. */
export function poolSize(files: number, jobs: number | undefined, cores: number = availableParallelism()): number {
  if (jobs !== undefined) return Math.min(jobs, files)
  return Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER))
}

/**
 * Check `files`; resolves to one outcome per file, in input order. Rejects
 * (as the in-process run would throw) with LexiconError or InputError when the
 * lexicon cannot be loaded, and with an Error on an internal failure.
 */
export async function checkFiles(options: CheckFilesOptions): Promise<FileOutcome[]> {
  const size = poolSize(options.files.length, options.jobs)
  if (options.files.length > 0) options.onProgress?.(0, options.files.length)
  return size > 1 ? inWorkers(options, size) : inProcess(options)
}

async function inProcess(options: CheckFilesOptions): Promise<FileOutcome[]> {
  const lexicon = loadCheckLexicon(options.lexicons)
  const outcomes: FileOutcome[] = []
  for (const path of options.files) {
    try {
      outcomes.push({ report: await checkFile(path, lexicon, options.settings) })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      outcomes.push({ error })
    }
    options.onProgress?.(outcomes.length, options.files.length)
  }
  return outcomes
}

/** The worker script next to this module: `.ts` when run from source (tsx), `.js` when built. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url)
}

function inWorkers(options: CheckFilesOptions, size: number): Promise<FileOutcome[]> {
  const { files } = options
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length)
  const setup: WorkerSetup = { lexicons: options.lexicons, settings: options.settings }
  return new Promise((resolve, reject) => {
    const workers: Worker[] = []
    let next = 0
    let done = 0
    let settled = false
    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      void Promise.all(workers.map((worker) => worker.terminate())).then(() => (error ? reject(error) : resolve(outcomes)))
    }
    const feed = (worker: Worker): void => {
      if (next >= files.length) return
      const index = next++
      worker.postMessage({ index, path: files[index]! } satisfies ToWorker)
    }
    for (let n = 0; n < size; n++) {
      const worker = new Worker(workerUrl(), { workerData: setup })
      workers.push(worker)
      worker.on('message', (message: FromWorker) => {
        if (settled) return
        switch (message.type) {
          case 'report':
            outcomes[message.index] = { report: message.report }
            break
          case 'input-error':
            outcomes[message.index] = { error: new InputError(message.path, message.message) }
            break
          case 'lexicon-error':
            return finish(new LexiconError(message.problems))
          case 'setup-input-error':
            return finish(new InputError(message.path, message.message))
          case 'fatal':
            return finish(new Error(message.message))
        }
        done++
        options.onProgress?.(done, files.length)
        if (done === files.length) finish()
        else feed(worker)
      })
      worker.on('error', (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))))
      worker.on('exit', (code) => finish(new Error(`een controleproces stopte onverwacht (code ${code})`)))
      // Two files in flight per worker, so it never waits for the next one to arrive.
      feed(worker)
      feed(worker)
    }
  })
}

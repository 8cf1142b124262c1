/**
 * "Controleren… 340/1000 bestanden" on stderr while a folder is checked. Only
 * on a terminal: never in pipes, CI logs or files, and never on stdout, where
 * the report (perhaps JSON) goes.
 */

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean | undefined
}

export interface Progress {
  update(done: number, total: number): void
  /** Erase the line, so the report and error messages start on a clean line. */
  finish(): void
}

/** Redraws at most this often; a terminal flooded with \r updates slows the run down. */
const INTERVAL_MS = 100

const SILENT: Progress = { update: () => undefined, finish: () => undefined }

export function createProgress(stream: ProgressStream, env: NodeJS.ProcessEnv, now: () => number = Date.now): Progress {
  if (!stream.isTTY || env.CI || env.TERM === 'dumb') return SILENT
  let drawn = false
  let last = -Infinity
  return {
    update(done, total) {
      const time = now()
      if (done < total && time - last < INTERVAL_MS) return
      last = time
      drawn = true
      stream.write(`\r\x1b[KControleren… ${done}/${total} ${total === 1 ? 'bestand' : 'bestanden'}`)
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K')
      drawn = false
    },
  }
}

/**
 * A worker thread of `woordwijs check` (see `./pool`): loads the lexicon once,
 * then checks the files it is sent, one message per file, and answers each
 * with its report or the input error, tagged with the file's index.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { LexiconError, type CompiledLexicon } from '../core/index.js'
import { checkFile, loadCheckLexicon } from './check-file.js'
import { InputError } from './input-error.js'
import type { FromWorker, ToWorker, WorkerSetup } from './pool.js'

const port = parentPort
if (port === null) throw new Error('worker.ts runs only as a worker thread')

const setup = workerData as WorkerSetup
const send = (message: FromWorker): void => port.postMessage(message)

let lexicon: CompiledLexicon | undefined
try {
  lexicon = loadCheckLexicon(setup.lexicons)
} catch (error) {
  // The pool turns these back into the errors the in-process run throws, so the CLI reports them alike.
  if (error instanceof LexiconError) send({ type: 'lexicon-error', problems: [...error.problems] })
  else if (error instanceof InputError) send({ type: 'setup-input-error', path: error.path, message: error.message })
  else send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) })
}

if (lexicon !== undefined) {
  const loaded = lexicon
  port.on('message', (task: ToWorker) => {
    checkFile(task.path, loaded, setup.settings).then(
      (report) => send({ type: 'report', index: task.index, report }),
      (error: unknown) => {
        if (error instanceof InputError) send({ type: 'input-error', index: task.index, path: error.path, message: error.message })
        else send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) })
      },
    )
  })
}

/**
 * `DocumentHost` over Office.js. Reading is in `./read`, finding a target
 * again in `./resolve`, replacing in `./write`, inline marks in `./marks`;
 * this class ties them to one session state and adds capabilities, comments,
 * selection, document settings and change events. Every method uses a fixed
 * number of `context.sync()` calls, whatever the number of findings.
 */
import type { OfficeApi, ParagraphEventArgsApi, WordApi } from './api.js'
import type {
  DocumentHost,
  DocumentParagraph,
  HostCapabilities,
  ReadOptions,
  TextTarget,
  WriteOutcome,
} from './host.js'
import { clearMarks, markTargets, trialAnnotations, type MarkRequest } from './marks.js'
import { MESSAGES, messageFor } from './messages.js'
import { readDocument, readParagraphs } from './read.js'
import { locate } from './resolve.js'
import { DONE, failed, HostState, STALE } from './state.js'
import { replaceTargets, type Edit } from './write.js'

export interface WordHostOptions {
  /** Defaults to the global `Word` (office.js or the installed fake). */
  readonly word?: WordApi
  /** Defaults to the global `Office`. */
  readonly office?: OfficeApi
  /** Paragraphs per read batch. */
  readonly pageSize?: number
  /** Inline critique marks; off keeps marking to the task pane only. */
  readonly inlineMarks?: boolean
  /** How long a paragraph event after our own write is treated as ours. */
  readonly ownWriteWindowMs?: number
}

/** A read that Word refused; `message` is plain Dutch for the pane. */
export class HostError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message)
    this.name = 'HostError'
  }
}

/** True when [start, end) touches a span the pane must not report or change (a field result). */
export function inProtectedSpan(paragraph: DocumentParagraph, start: number, end: number): boolean {
  return (paragraph.protectedSpans ?? []).some((s) => s.start < Math.max(end, start + 1) && start < s.end)
}

function globalApi<T>(name: 'Word' | 'Office'): T {
  const value = (globalThis as Record<string, unknown>)[name]
  if (value === undefined) throw new Error(`${name} is not available: not running inside Word.`)
  return value as T
}

export class WordHost implements DocumentHost {
  private readonly state: HostState
  private trialDone = false
  private queue: Promise<unknown> = Promise.resolve()

  /**
   * One document operation at a time: a check-then-write must not interleave
   * with another write, or the check would prove nothing.
   */
  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation)
    this.queue = result.catch(() => undefined)
    return result
  }

  constructor(options: WordHostOptions = {}) {
    this.state = new HostState(
      options.word ?? globalApi<WordApi>('Word'),
      options.office ?? globalApi<OfficeApi>('Office'),
      Math.max(1, options.pageSize ?? 200),
      options.inlineMarks ?? true,
      options.ownWriteWindowMs ?? 1500,
    )
  }

  /** Turn inline marks (annotations / temporary highlights) on or off. */
  setInlineMarks(enabled: boolean): void {
    this.state.inlineMarks = enabled
  }

  get inlineMarksEnabled(): boolean {
    return this.state.inlineMarks
  }

  async capabilities(): Promise<HostCapabilities> {
    return this.exclusive(async () => {
      const { state } = this
      let trackChanges: HostCapabilities['trackChanges'] = 'unknown'
      if (state.supports('1.4')) {
        try {
          trackChanges = await state.word.run(async (context) => {
            const doc = context.document.load('changeTrackingMode')
            await context.sync()
            const mode = doc.changeTrackingMode
            return mode === 'TrackAll' ? 'trackAll' : mode === 'TrackMineOnly' ? 'trackMineOnly' : mode === 'Off' ? 'off' : 'unknown'
          })
        } catch {
          trackChanges = 'unknown'
        }
      }
      if (state.supports('1.7') && !state.annotationsBroken && !this.trialDone) {
        this.trialDone = true
        await trialAnnotations(state)
      }
      return {
        comments: state.supports('1.4'),
        paragraphEvents: state.supports('1.6'),
        annotations: state.supports('1.7') && !state.annotationsBroken,
        footnotes: state.supports('1.5'),
        trackChanges,
      }
    })
  }

  async readDocument(options: ReadOptions = {}): Promise<DocumentParagraph[]> {
    return this.exclusive(async () => {
      try {
        return await readDocument(this.state, options)
      } catch (error) {
        throw new HostError(messageFor(error, MESSAGES.readFailed), error)
      }
    })
  }

  async readParagraphs(ids: readonly string[]): Promise<DocumentParagraph[]> {
    return this.exclusive(async () => {
      if (ids.length === 0) return []
      try {
        return await readParagraphs(this.state, ids)
      } catch (error) {
        throw new HostError(messageFor(error, MESSAGES.readFailed), error)
      }
    })
  }

  async select(target: TextTarget): Promise<WriteOutcome> {
    return this.exclusive(async () => {
      try {
        return await this.state.word.run(async (context) => {
          const [located] = await locate(this.state, context, [target])
          if (located === undefined || !located.ok) return located?.outcome ?? STALE
          located.range.select()
          await context.sync()
          return DONE
        })
      } catch (error) {
        return failed(messageFor(error))
      }
    })
  }

  replace(edits: readonly Edit[]): Promise<WriteOutcome[]> {
    return this.exclusive(() => replaceTargets(this.state, edits))
  }

  async addComment(target: TextTarget, text: string): Promise<WriteOutcome> {
    return this.exclusive(async () => {
      const { state } = this
      if (!state.supports('1.4')) return failed(MESSAGES.commentsUnsupported)
      try {
        return await state.word.run(async (context) => {
          const [located] = await locate(state, context, [target])
          if (located === undefined || !located.ok) return located?.outcome ?? STALE
          located.range.insertComment(text)
          state.noteOwnWrite(target.paragraphId)
          state.noteOwnComment()
          await context.sync()
          return DONE
        })
      } catch (error) {
        return failed(messageFor(error))
      }
    })
  }

  mark(targets: readonly MarkRequest[]): Promise<void> {
    return this.exclusive(() => markTargets(this.state, targets))
  }

  clearMarks(): Promise<void> {
    return this.exclusive(() => clearMarks(this.state))
  }

  async getDocumentSetting<T>(key: string): Promise<T | undefined> {
    const value = this.state.office.context.document.settings.get(key)
    // Office returns null for a setting that was never stored.
    return value === null || value === undefined ? undefined : (value as T)
  }

  async setDocumentSetting<T>(key: string, value: T): Promise<void> {
    const settings = this.state.office.context.document.settings
    settings.set(key, value)
    await new Promise<void>((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === 'succeeded') resolve()
        else reject(new Error(MESSAGES.settingNotSaved))
      })
    })
  }

  async onParagraphsChanged(handler: (ids: readonly string[]) => void): Promise<() => Promise<void>> {
    const { state } = this
    if (!state.supports('1.6')) return async () => undefined
    const forward = async (args: ParagraphEventArgsApi): Promise<void> => {
      const ids = state.foreignIds(args.type, args.source, args.uniqueLocalIds)
      if (ids.length > 0) handler(ids)
    }
    const registrations = await state.word.run(async (context) => {
      const doc = context.document
      const added = [doc.onParagraphChanged.add(forward), doc.onParagraphAdded.add(forward), doc.onParagraphDeleted.add(forward)]
      await context.sync()
      return added
    })
    return async () => {
      // Handlers are removed through the context they were added with (word-add-ins-events.md).
      const first = registrations[0]
      if (first === undefined) return
      await state.word.run(first.context, async (context) => {
        for (const r of registrations) r.remove()
        await context.sync()
      })
    }
  }
}

export function createWordHost(options: WordHostOptions = {}): WordHost {
  return new WordHost(options)
}

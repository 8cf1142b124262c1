/**
 * The batching machinery of the fake Word API, as office.js has it: calls
 * queue actions, `context.sync()` runs them in order against the model, and
 * loaded values appear only after that sync (reading earlier throws
 * `PropertyNotLoaded`). A failing action stops the batch; the actions before
 * it stay applied, as in Word. Also: requirement-set gating, fault injection,
 * and event delivery.
 */
import type { LoadSpec, ParagraphEventArgsApi } from '../api.js'
import { FakeError, type DocumentModel, type RangeModel } from './model.js'
import type { FakeContext } from './proxies.js'

export type ParagraphEventType = 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted'
export type ParagraphEventHandler = (args: ParagraphEventArgsApi) => Promise<unknown>

export interface FaultSpec {
  /**
   * `Type.member` as queued, e.g. `Range.insertText`, `Paragraph.search`,
   * `Paragraph.load`, `Paragraph.insertAnnotations`, `Document.getAnnotationById`,
   * `Range.insertComment`; or `RequestContext.sync` (the whole sync) or
   * `Word.run` (before the batch starts).
   */
  readonly api: string
  readonly code?: string
  readonly message?: string
  /** How many matching calls to let through first. */
  readonly after?: number
  /** How many times to fail (default once). */
  readonly times?: number
}

/** Shared state of one fake Word instance. */
export interface FakeRuntime {
  readonly doc: DocumentModel
  readonly wordApiVersion: number
  annotationsWork: boolean
  readonly stats: { syncs: number; runs: number; actions: number }
  selection: RangeModel | undefined
  readonly handlers: Record<ParagraphEventType, Set<ParagraphEventHandler>>
  readonly faults: FaultSpec[]
  readonly faultHits: Map<FaultSpec, number>
}

export function checkFault(rt: FakeRuntime, api: string): void {
  for (const fault of rt.faults) {
    if (fault.api !== api) continue
    const hits = (rt.faultHits.get(fault) ?? 0) + 1
    rt.faultHits.set(fault, hits)
    const after = fault.after ?? 0
    if (hits > after && hits <= after + (fault.times ?? 1)) {
      throw new FakeError(fault.code ?? 'GeneralException', fault.message ?? `Injected failure in ${api}.`, api)
    }
  }
}

export function deliverEvents(rt: FakeRuntime, source: 'Local' | 'Remote'): void {
  const events = rt.doc.pendingEvents
  rt.doc.pendingEvents = []
  for (const event of events) {
    const args: ParagraphEventArgsApi = { type: event.type, source, uniqueLocalIds: [...event.uids] }
    for (const handler of rt.handlers[event.type]) {
      setTimeout(() => void handler(args), 0)
    }
  }
}

export function requireSet(rt: FakeRuntime, version: number, api: string): void {
  if (rt.wordApiVersion + 1e-9 < version) {
    throw new FakeError('ApiNotFound', `${api} needs WordApi ${version.toFixed(1)}.`, api)
  }
}

export interface LoadTree {
  readonly entries: Map<string, LoadTree | null>
  readonly top?: number
  readonly skip?: number
}

export function parseLoad(spec: LoadSpec | undefined): LoadTree | null {
  if (spec === undefined) return null
  let paths: string[]
  let top: number | undefined
  let skip: number | undefined
  if (typeof spec === 'string') paths = spec.split(',')
  else if (Array.isArray(spec)) paths = spec.flatMap((s) => s.split(','))
  else {
    const obj = spec as { select?: string; expand?: string; top?: number; skip?: number }
    paths = [...(obj.select ?? '').split(','), ...(obj.expand ?? '').split(',')]
    top = obj.top
    skip = obj.skip
  }
  const root: LoadTree = { entries: new Map(), ...(top === undefined ? {} : { top }), ...(skip === undefined ? {} : { skip }) }
  for (const raw of paths) {
    const path = raw.trim()
    if (path === '') continue
    let node = root
    const segments = path.split('/')
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1
      const existing = node.entries.get(segment)
      if (last) {
        if (existing === undefined) node.entries.set(segment, null)
        return
      }
      if (existing === undefined || existing === null) {
        const child: LoadTree = { entries: new Map() }
        node.entries.set(segment, child)
        node = child
      } else node = existing
    })
  }
  return root
}

export class FakeClientResult<T> {
  private has = false
  private stored: T | undefined
  set(value: T): void {
    this.stored = value
    this.has = true
  }
  get value(): T {
    if (!this.has) {
      throw new FakeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Call "context.sync()" first.')
    }
    return this.stored as T
  }
}


export abstract class FakeObject<T> {
  private target: T | undefined
  private resolved = false
  protected readonly loaded = new Map<string, unknown>()
  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T,
  ) {}

  protected abstract readonly typeName: string
  protected abstract readonly scalarNames: readonly string[]
  protected abstract readScalar(name: string, target: T): unknown
  protected navigation(name: string): FakeObject<unknown> | undefined {
    void name
    return undefined
  }

  /** Resolve the model behind this proxy; only called from queued actions. */
  resolve(): T {
    if (!this.resolved) {
      this.target = this.resolver()
      this.resolved = true
    }
    return this.target as T
  }

  protected get rt(): FakeRuntime {
    return this.context.rt
  }

  protected value<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      )
    }
    return this.loaded.get(name) as V
  }

  protected queue(member: string, run: () => void): void {
    this.context.enqueue(`${this.typeName}.${member}`, run)
  }

  load(spec?: LoadSpec): this {
    const tree = parseLoad(spec)
    this.queue('load', () => this.applyLoad(tree))
    return this
  }

  applyLoad(tree: LoadTree | null): void {
    const target = this.resolve()
    if (tree === null) {
      // Loading "everything" returns the scalars this host supports, and skips the rest.
      for (const name of this.scalarNames) {
        try {
          this.loaded.set(name, this.readScalar(name, target))
        } catch (error) {
          if (!(error instanceof FakeError && error.code === 'ApiNotFound')) throw error
        }
      }
      return
    }
    for (const [name, sub] of tree.entries) {
      const nav = this.navigation(name)
      if (nav !== undefined) nav.applyLoad(sub)
      else if (sub !== null) throw new FakeError('InvalidArgument', `${this.typeName}.${name} is not a navigation property.`)
      else this.loaded.set(name, this.readScalar(name, target))
    }
  }

  track(): this {
    return this
  }

  untrack(): this {
    return this
  }
}

export abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  protected readonly scalarNames: readonly string[] = []
  protected abstract makeItem(model: M): P
  protected readScalar(name: string): unknown {
    throw new FakeError('InvalidArgument', `${this.typeName} has no property ${name}.`)
  }

  get items(): P[] {
    return this.value<P[]>('items')
  }

  override applyLoad(tree: LoadTree | null): void {
    const all = this.resolve()
    const skip = tree?.skip ?? 0
    const models = tree?.top === undefined ? all.slice(skip) : all.slice(skip, skip + tree.top)
    const items = models.map((m) => this.makeItem(m))
    const itemTree: LoadTree = { entries: new Map() }
    for (const [name, sub] of tree?.entries ?? []) {
      if (name === 'items') {
        for (const [n, s] of sub?.entries ?? []) itemTree.entries.set(n, s)
      } else itemTree.entries.set(name, sub)
    }
    for (const item of items) item.applyLoad(itemTree.entries.size === 0 ? null : itemTree)
    this.loaded.set('items', items)
  }
}

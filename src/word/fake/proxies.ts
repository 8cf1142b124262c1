/**
 * The proxy objects of the fake Word API (Document, Body, Section, Paragraph,
 * Range, Field, ContentControl, Comment, Annotation and their collections),
 * and the request context that owns them. Each call queues an action on the
 * context (see `./runtime`); nothing touches the model before `sync()`.
 */
import type {
  ChangeTrackingModeApi,
  CritiqueApi,
  HeaderFooterTypeApi,
  InsertLocationApi,
  SearchOptionsApi,
} from '../api.js'
import {
  FakeError,
  RangeModel,
  type AnnotationRecord,
  type ContentControlModel,
  type DocumentModel,
  type ParagraphModel,
} from './model.js'
import {
  checkFault,
  deliverEvents,
  FakeClientResult,
  FakeCollection,
  FakeObject,
  requireSet,
  type FakeRuntime,
  type LoadTree,
  type ParagraphEventHandler,
  type ParagraphEventType,
} from './runtime.js'
import { findAll } from './search.js'

export class FakeContext {
  private queue: { api: string; run: () => void }[] = []
  readonly transient: RangeModel[] = []
  readonly document: FakeDocument
  constructor(readonly rt: FakeRuntime) {
    this.document = new FakeDocument(this, () => rt.doc)
  }

  enqueue(api: string, run: () => void): void {
    this.queue.push({ api, run })
  }

  get pending(): number {
    return this.queue.length
  }

  range(paragraph: ParagraphModel, start: number, end: number): RangeModel {
    const model = new RangeModel(paragraph, start, end)
    this.transient.push(model)
    return model
  }

  async sync(): Promise<void> {
    this.rt.stats.syncs++
    const queue = this.queue
    this.queue = []
    await Promise.resolve()
    try {
      checkFault(this.rt, 'RequestContext.sync')
      for (const action of queue) {
        this.rt.stats.actions++
        checkFault(this.rt, action.api)
        action.run()
      }
    } finally {
      deliverEvents(this.rt, 'Local')
    }
  }

  dispose(): void {
    for (const range of this.transient) range.release()
    this.transient.length = 0
  }
}

export class FakeDocument extends FakeObject<DocumentModel> {
  protected readonly typeName = 'Document'
  protected readonly scalarNames = ['changeTrackingMode'] as const
  private bodyProxy: FakeBody | undefined
  private sectionsProxy: FakeSectionCollection | undefined

  protected readScalar(name: string, doc: DocumentModel): unknown {
    if (name === 'changeTrackingMode') {
      requireSet(this.rt, 1.4, 'Document.changeTrackingMode')
      return doc.changeTrackingMode
    }
    throw new FakeError('InvalidArgument', `Document has no property ${name}.`)
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === 'body') return this.body as FakeObject<unknown>
    if (name === 'sections') return this.sections as FakeObject<unknown>
    return undefined
  }

  get body(): FakeBody {
    this.bodyProxy ??= new FakeBody(this.context, () => ({ kind: 'body', paragraphs: () => this.resolve().bodyParagraphs }))
    return this.bodyProxy
  }

  get sections(): FakeSectionCollection {
    this.sectionsProxy ??= new FakeSectionCollection(this.context, () => this.resolve().sections.map((_, i) => i))
    return this.sectionsProxy
  }

  get changeTrackingMode(): ChangeTrackingModeApi {
    return this.value<ChangeTrackingModeApi>('changeTrackingMode')
  }

  set changeTrackingMode(mode: ChangeTrackingModeApi) {
    this.queue('changeTrackingMode', () => {
      requireSet(this.rt, 1.4, 'Document.changeTrackingMode')
      this.resolve().changeTrackingMode = mode
    })
  }

  getFootnoteBody(): FakeBody {
    const body = new FakeBody(this.context, () => ({ kind: 'footnotes', paragraphs: () => this.resolve().footnoteParagraphs }))
    this.queue('getFootnoteBody', () => {
      requireSet(this.rt, 1.5, 'Document.getFootnoteBody')
      body.resolve()
    })
    return body
  }

  getParagraphByUniqueLocalId(id: string): FakeParagraph {
    const paragraph = new FakeParagraph(this.context, () => {
      const found = this.resolve().findParagraph(id)
      if (found === undefined) throw new FakeError('ItemNotFound', `No paragraph with id ${id}.`)
      return found
    })
    this.queue('getParagraphByUniqueLocalId', () => {
      requireSet(this.rt, 1.6, 'Document.getParagraphByUniqueLocalId')
      paragraph.resolve()
    })
    return paragraph
  }

  getAnnotationById(id: string): FakeAnnotation {
    const annotation = new FakeAnnotation(this.context, () => {
      const found = this.resolve().annotations.get(id)
      if (found === undefined) throw new FakeError('ItemNotFound', `No annotation with id ${id}.`)
      return found
    })
    this.queue('getAnnotationById', () => {
      requireSet(this.rt, 1.7, 'Document.getAnnotationById')
      annotation.resolve()
    })
    return annotation
  }

  private events(type: ParagraphEventType): FakeEventHandlers {
    return new FakeEventHandlers(this.context, type)
  }

  get onParagraphChanged(): FakeEventHandlers {
    return this.events('ParagraphChanged')
  }
  get onParagraphAdded(): FakeEventHandlers {
    return this.events('ParagraphAdded')
  }
  get onParagraphDeleted(): FakeEventHandlers {
    return this.events('ParagraphDeleted')
  }
}

export class FakeEventHandlers {
  constructor(
    private readonly context: FakeContext,
    private readonly type: ParagraphEventType,
  ) {}

  /** Registration happens at the next sync, as with office.js. */
  add(handler: ParagraphEventHandler): { remove(): void; readonly context: FakeContext } {
    const { context, type } = this
    context.enqueue(`Document.on${type}.add`, () => {
      requireSet(context.rt, 1.6, `Document.on${type}`)
      context.rt.handlers[type].add(handler)
    })
    return {
      context,
      remove: () => context.enqueue(`Document.on${type}.remove`, () => context.rt.handlers[type].delete(handler)),
    }
  }
}

interface BodyTarget {
  readonly kind: 'body' | 'header' | 'footer' | 'footnotes'
  paragraphs(): ParagraphModel[]
}

export class FakeBody extends FakeObject<BodyTarget> {
  protected readonly typeName = 'Body'
  protected readonly scalarNames = ['text'] as const
  private paragraphsProxy: FakeParagraphCollection | undefined
  private controlsProxy: FakeContentControlCollection | undefined
  private fieldsProxy: FakeFieldCollection | undefined

  protected readScalar(name: string, body: BodyTarget): unknown {
    if (name === 'text') return body.paragraphs().map((p) => p.text).join('\r')
    throw new FakeError('InvalidArgument', `Body has no property ${name}.`)
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === 'paragraphs') return this.paragraphs as FakeObject<unknown>
    if (name === 'contentControls') return this.contentControls as FakeObject<unknown>
    if (name === 'fields') return this.fields as FakeObject<unknown>
    return undefined
  }

  get text(): string {
    return this.value<string>('text')
  }

  get contentControls(): FakeContentControlCollection {
    this.controlsProxy ??= new FakeContentControlCollection(this.context, () => [
      ...new Set(this.resolve().paragraphs().flatMap((p) => (p.contentControl === undefined ? [] : [p.contentControl]))),
    ])
    return this.controlsProxy
  }

  get fields(): FakeFieldCollection {
    this.fieldsProxy ??= new FakeFieldCollection(this.context, () => {
      requireSet(this.rt, 1.4, 'Body.fields')
      return this.resolve()
        .paragraphs()
        .flatMap((p) => p.fieldSpans().map((span) => ({ paragraph: p, ...span })))
    })
    return this.fieldsProxy
  }

  get paragraphs(): FakeParagraphCollection {
    this.paragraphsProxy ??= new FakeParagraphCollection(this.context, () => this.resolve().paragraphs())
    return this.paragraphsProxy
  }
}

export class FakeSectionCollection extends FakeCollection<number, FakeSection> {
  protected readonly typeName = 'SectionCollection'
  protected makeItem(index: number): FakeSection {
    return new FakeSection(this.context, () => index)
  }
}

export class FakeSection extends FakeObject<number> {
  protected readonly typeName = 'Section'
  protected readonly scalarNames = [] as const
  protected readScalar(name: string): unknown {
    throw new FakeError('InvalidArgument', `Section has no property ${name}.`)
  }

  private part(kind: 'header' | 'footer', type: HeaderFooterTypeApi): FakeBody {
    const body = new FakeBody(this.context, () => ({
      kind,
      paragraphs: () => {
        const section = this.rt.doc.sections[this.resolve()]
        if (section === undefined) throw new FakeError('ItemNotFound', 'The section no longer exists.')
        return kind === 'header' ? section.headers[type] : section.footers[type]
      },
    }))
    this.queue(kind === 'header' ? 'getHeader' : 'getFooter', () => body.resolve())
    return body
  }

  getHeader(type: HeaderFooterTypeApi): FakeBody {
    return this.part('header', type)
  }

  getFooter(type: HeaderFooterTypeApi): FakeBody {
    return this.part('footer', type)
  }
}

export class FakeParagraphCollection extends FakeCollection<ParagraphModel, FakeParagraph> {
  protected readonly typeName = 'ParagraphCollection'
  protected makeItem(model: ParagraphModel): FakeParagraph {
    return new FakeParagraph(this.context, () => model)
  }
}

function searchIn(
  context: FakeContext,
  paragraph: ParagraphModel,
  from: number,
  to: number,
  searchText: string,
  options: SearchOptionsApi | undefined,
): RangeModel[] {
  const text = paragraph.text.slice(from, to)
  return findAll(text, searchText, options ?? {}).map((hit) => context.range(paragraph, from + hit.start, from + hit.end))
}

/**
 * Word's Paragraph and Range share their text, field and content-control
 * members; both stand for a span of one paragraph here.
 */
abstract class FakeSpanObject<T> extends FakeObject<T> {
  private fieldsProxy: FakeFieldCollection | undefined
  private controlProxy: FakeContentControl | undefined

  /** The paragraph and the part of it this object covers. */
  protected abstract span(): { paragraph: ParagraphModel; start: number; end: number }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === 'fields') return this.fields as FakeObject<unknown>
    if (name === 'parentContentControlOrNullObject') return this.parentContentControlOrNullObject as FakeObject<unknown>
    return undefined
  }

  get text(): string {
    return this.value<string>('text')
  }

  get fields(): FakeFieldCollection {
    this.fieldsProxy ??= new FakeFieldCollection(this.context, () => {
      requireSet(this.rt, 1.4, `${this.typeName}.fields`)
      const { paragraph, start, end } = this.span()
      const whole = start === 0 && end === paragraph.text.length
      return paragraph
        .fieldSpans()
        .filter((s) => whole || (s.start < end && s.end > start))
        .map((s) => ({ paragraph, ...s }))
    })
    return this.fieldsProxy
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    this.controlProxy ??= new FakeContentControl(this.context, () => this.span().paragraph.contentControl ?? null)
    return this.controlProxy
  }
}

export class FakeParagraph extends FakeSpanObject<ParagraphModel> {
  protected readonly typeName = 'Paragraph'
  protected readonly scalarNames = ['text', 'uniqueLocalId', 'tableNestingLevel'] as const

  protected span(): { paragraph: ParagraphModel; start: number; end: number } {
    const paragraph = this.resolve()
    return { paragraph, start: 0, end: paragraph.text.length }
  }

  protected readScalar(name: string, p: ParagraphModel): unknown {
    switch (name) {
      case 'text':
        return p.text
      case 'uniqueLocalId':
        requireSet(this.rt, 1.6, 'Paragraph.uniqueLocalId')
        return p.uid
      case 'tableNestingLevel':
        requireSet(this.rt, 1.3, 'Paragraph.tableNestingLevel')
        return p.tableNestingLevel
      default:
        throw new FakeError('InvalidArgument', `Paragraph has no property ${name}.`)
    }
  }

  get uniqueLocalId(): string {
    return this.value<string>('uniqueLocalId')
  }
  get tableNestingLevel(): number {
    return this.value<number>('tableNestingLevel')
  }

  search(searchText: string, options?: SearchOptionsApi): FakeRangeCollection {
    let hits: RangeModel[] = []
    const collection = new FakeRangeCollection(this.context, () => hits)
    this.queue('search', () => {
      const p = this.resolve()
      hits = searchIn(this.context, p, 0, p.text.length, searchText, options)
      collection.resolve()
    })
    return collection
  }

  getRange(location: 'Whole' | 'Start' | 'End' | 'After' | 'Content' = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, () => {
      const p = this.resolve()
      const length = p.text.length
      if (location === 'Start') return this.context.range(p, 0, 0)
      if (location === 'End' || location === 'After') return this.context.range(p, length, length)
      return this.context.range(p, 0, length)
    })
    this.queue('getRange', () => range.resolve())
    return range
  }

  insertAnnotations(set: { critiques: CritiqueApi[] }): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>()
    const critiques = set.critiques.map((c) => ({ ...c, ...(c.popupOptions ? { popupOptions: { ...c.popupOptions } } : {}) }))
    this.queue('insertAnnotations', () => {
      requireSet(this.rt, 1.7, 'Paragraph.insertAnnotations')
      if (critiques.some((c) => c.popupOptions !== undefined)) requireSet(this.rt, 1.8, 'Critique.popupOptions')
      if (!this.rt.annotationsWork) {
        throw new FakeError('GeneralException', 'An internal error has occurred.', 'Paragraph.insertAnnotations')
      }
      const p = this.resolve()
      const length = p.text.length
      for (const c of critiques) {
        if (!Number.isInteger(c.start) || !Number.isInteger(c.length) || c.start < 0 || c.length <= 0 || c.start + c.length > length) {
          throw new FakeError('InvalidArgument', 'The critique is outside the paragraph.', 'Paragraph.insertAnnotations')
        }
      }
      const ids: string[] = []
      for (const c of critiques) {
        const id = this.rt.doc.newId('annotation')
        const record: AnnotationRecord = {
          id,
          range: new RangeModel(p, c.start, c.start + c.length),
          colorScheme: c.colorScheme,
          ...(c.popupOptions ? { popupOptions: { ...c.popupOptions, suggestions: [...c.popupOptions.suggestions] } } : {}),
        }
        this.rt.doc.annotations.set(id, record)
        ids.push(id)
      }
      result.set(ids)
    })
    return result
  }
}

export class FakeRangeCollection extends FakeCollection<RangeModel, FakeRange> {
  protected readonly typeName = 'RangeCollection'
  protected makeItem(model: RangeModel): FakeRange {
    return new FakeRange(this.context, () => model)
  }
}

export class FakeRange extends FakeSpanObject<RangeModel> {
  protected readonly typeName = 'Range'
  protected readonly scalarNames = ['text'] as const

  protected span(): { paragraph: ParagraphModel; start: number; end: number } {
    const range = this.resolve()
    return { paragraph: range.paragraph, start: range.start, end: range.end }
  }

  protected readScalar(name: string, r: RangeModel): unknown {
    if (name === 'text') return r.text
    throw new FakeError('InvalidArgument', `Range has no property ${name}.`)
  }

  insertText(text: string, location: InsertLocationApi): FakeRange {
    let inserted: RangeModel | undefined
    const result = new FakeRange(this.context, () => {
      if (inserted === undefined) throw new FakeError('GeneralException', 'insertText did not run.')
      return inserted
    })
    this.queue('insertText', () => {
      const r = this.resolve()
      const p = r.paragraph
      if (location === 'Replace') {
        p.replaceSpan(r.start, r.end, text)
        inserted = this.context.range(p, r.start, r.end)
      } else if (location === 'Start' || location === 'Before') {
        const at = r.start
        p.replaceSpan(at, at, text, at)
        if (location === 'Before') r.start += text.length
        inserted = this.context.range(p, at, at + text.length)
      } else if (location === 'End' || location === 'After') {
        const at = r.end
        p.replaceSpan(at, at, text, Math.max(0, at - 1))
        if (location === 'End') r.end += text.length
        inserted = this.context.range(p, at, at + text.length)
      } else throw new FakeError('InvalidArgument', `Unknown insert location ${String(location)}.`)
      result.resolve()
    })
    return result
  }

  insertComment(commentText: string): FakeComment {
    let id = ''
    const comment = new FakeComment(this.context, () => ({ id, content: commentText }))
    this.queue('insertComment', () => {
      requireSet(this.rt, 1.4, 'Range.insertComment')
      const r = this.resolve()
      if (r.paragraph.contentControl?.cannotEdit === true) throw new FakeError('AccessDenied', 'The content is protected.')
      id = this.rt.doc.newId('comment')
      this.rt.doc.comments.push({ id, paragraphUid: r.paragraph.uid, text: commentText, range: new RangeModel(r.paragraph, r.start, r.end) })
      this.rt.doc.version++
      comment.resolve()
    })
    return comment
  }

  expandTo(other: FakeRange): FakeRange {
    const range = new FakeRange(this.context, () => {
      const a = this.resolve()
      const b = other.resolve()
      if (a.paragraph !== b.paragraph) throw new FakeError('NotImplemented', 'The fake models ranges within one paragraph only.')
      return this.context.range(a.paragraph, Math.min(a.start, b.start), Math.max(a.end, b.end))
    })
    this.queue('expandTo', () => range.resolve())
    return range
  }

  select(): void {
    this.queue('select', () => {
      const r = this.resolve()
      this.rt.selection?.release()
      this.rt.selection = new RangeModel(r.paragraph, r.start, r.end)
    })
  }

  highlight(): void {
    this.queue('highlight', () => {
      requireSet(this.rt, 1.8, 'Range.highlight')
      const r = this.resolve()
      this.rt.doc.highlights.push({ range: new RangeModel(r.paragraph, r.start, r.end) })
    })
  }

  removeHighlight(): void {
    this.queue('removeHighlight', () => {
      requireSet(this.rt, 1.8, 'Range.removeHighlight')
      const r = this.resolve()
      const doc = this.rt.doc
      for (let i = doc.highlights.length - 1; i >= 0; i--) {
        const h = (doc.highlights[i] as { range: RangeModel }).range
        const touches = r.start === r.end ? h.start <= r.start && r.start <= h.end : h.start < r.end && r.start < h.end
        if (h.paragraph === r.paragraph && touches) {
          h.release()
          doc.highlights.splice(i, 1)
        }
      }
    })
  }
}

interface FieldTarget {
  readonly paragraph: ParagraphModel
  readonly start: number
  readonly end: number
  readonly code: string
}

export class FakeFieldCollection extends FakeCollection<FieldTarget, FakeField> {
  protected readonly typeName = 'FieldCollection'
  protected makeItem(model: FieldTarget): FakeField {
    return new FakeField(this.context, () => model)
  }
}

export class FakeField extends FakeObject<FieldTarget> {
  protected readonly typeName = 'Field'
  protected readonly scalarNames = ['code'] as const
  private resultProxy: FakeRange | undefined
  protected readScalar(name: string, f: FieldTarget): unknown {
    if (name === 'code') return f.code
    throw new FakeError('InvalidArgument', `Field has no property ${name}.`)
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'result' ? (this.result as FakeObject<unknown>) : undefined
  }
  get code(): string {
    return this.value<string>('code')
  }
  get result(): FakeRange {
    this.resultProxy ??= new FakeRange(this.context, () => {
      const f = this.resolve()
      return this.context.range(f.paragraph, f.start, f.end)
    })
    return this.resultProxy
  }
}

export class FakeContentControlCollection extends FakeCollection<ContentControlModel | null, FakeContentControl> {
  protected readonly typeName = 'ContentControlCollection'
  protected makeItem(model: ContentControlModel | null): FakeContentControl {
    return new FakeContentControl(this.context, () => model)
  }
}

export class FakeContentControl extends FakeObject<ContentControlModel | null> {
  protected readonly typeName = 'ContentControl'
  protected readonly scalarNames = ['cannotEdit', 'isNullObject'] as const
  protected readScalar(name: string, c: ContentControlModel | null): unknown {
    if (name === 'isNullObject') return c === null
    if (c === null) return undefined
    if (name === 'cannotEdit') return c.cannotEdit
    throw new FakeError('InvalidArgument', `ContentControl has no property ${name}.`)
  }
  override applyLoad(tree: LoadTree | null): void {
    super.applyLoad(tree)
    // office.js fills isNullObject with every load of an *OrNullObject proxy.
    this.loaded.set('isNullObject', this.resolve() === null)
  }
  get isNullObject(): boolean {
    return this.value<boolean>('isNullObject')
  }
  get cannotEdit(): boolean {
    return this.value<boolean>('cannotEdit')
  }
}

export class FakeComment extends FakeObject<{ id: string; content: string }> {
  protected readonly typeName = 'Comment'
  protected readonly scalarNames = ['id', 'content'] as const
  protected readScalar(name: string, c: { id: string; content: string }): unknown {
    if (name === 'id') return c.id
    if (name === 'content') return c.content
    throw new FakeError('InvalidArgument', `Comment has no property ${name}.`)
  }
  get id(): string {
    return this.value<string>('id')
  }
}

export class FakeAnnotation extends FakeObject<AnnotationRecord> {
  protected readonly typeName = 'Annotation'
  protected readonly scalarNames = ['id', 'state'] as const
  private critiqueProxy: FakeCritiqueAnnotation | undefined
  protected readScalar(name: string, a: AnnotationRecord): unknown {
    if (name === 'id') return a.id
    if (name === 'state') return 'Created'
    throw new FakeError('InvalidArgument', `Annotation has no property ${name}.`)
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'critiqueAnnotation' ? (this.critiqueAnnotation as FakeObject<unknown>) : undefined
  }
  get id(): string {
    return this.value<string>('id')
  }
  get critiqueAnnotation(): FakeCritiqueAnnotation {
    this.critiqueProxy ??= new FakeCritiqueAnnotation(this.context, () => this.resolve())
    return this.critiqueProxy
  }
  delete(): void {
    this.queue('delete', () => {
      const a = this.resolve()
      a.range.release()
      this.rt.doc.annotations.delete(a.id)
    })
  }
}

export class FakeCritiqueAnnotation extends FakeObject<AnnotationRecord> {
  protected readonly typeName = 'CritiqueAnnotation'
  protected readonly scalarNames = [] as const
  private rangeProxy: FakeRange | undefined
  protected readScalar(name: string): unknown {
    throw new FakeError('InvalidArgument', `CritiqueAnnotation has no property ${name}.`)
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'range' ? (this.range as FakeObject<unknown>) : undefined
  }
  get range(): FakeRange {
    this.rangeProxy ??= new FakeRange(this.context, () => {
      const a = this.resolve()
      if (!this.rt.doc.annotations.has(a.id)) throw new FakeError('ItemNotFound', 'The annotation was deleted.')
      return a.range
    })
    return this.rangeProxy
  }
}

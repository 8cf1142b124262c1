/**
 * The subset of the Office.js / Word JavaScript API the adapter uses, written
 * structurally so that both the real office.js globals and the in-memory fake
 * (`./fake`) satisfy it. Names and signatures follow @types/office-js; only
 * what the adapter calls is listed, so a new call has to be added here (and to
 * the fake) on purpose.
 */

/** `OfficeExtension.LoadOption`, plus the string forms of `load`. */
export type LoadSpec =
  | string
  | string[]
  | { readonly select?: string; readonly expand?: string; readonly top?: number; readonly skip?: number }

export interface ClientResultApi<T> {
  readonly value: T
}

export interface ClientObjectApi {
  readonly isNullObject?: boolean
  load(spec?: LoadSpec): this
}

export interface CollectionApi<T> extends ClientObjectApi {
  readonly items: T[]
}

export type InsertLocationApi = 'Replace' | 'Start' | 'End' | 'Before' | 'After'
export type ChangeTrackingModeApi = 'Off' | 'TrackAll' | 'TrackMineOnly'
export type HeaderFooterTypeApi = 'Primary' | 'FirstPage' | 'EvenPages'
export type CritiqueColorSchemeApi = 'Red' | 'Green' | 'Blue' | 'Lavender' | 'Berry'

export interface SearchOptionsApi {
  readonly matchCase?: boolean
  readonly matchWholeWord?: boolean
  readonly matchPrefix?: boolean
  readonly matchSuffix?: boolean
  readonly ignorePunct?: boolean
  readonly ignoreSpace?: boolean
  readonly matchWildcards?: boolean
}

export interface CritiquePopupOptionsApi {
  brandingTextResourceId: string
  subtitleResourceId: string
  suggestions: string[]
  titleResourceId: string
}

export interface CritiqueApi {
  colorScheme: CritiqueColorSchemeApi
  length: number
  popupOptions?: CritiquePopupOptionsApi
  start: number
}

export interface ContentControlApi extends ClientObjectApi {
  readonly cannotEdit: boolean
}

export interface FieldApi extends ClientObjectApi {
  readonly code: string
  readonly result: RangeApi
}

export type FieldCollectionApi = CollectionApi<FieldApi>

export interface CommentApi extends ClientObjectApi {
  readonly id: string
}

export interface RangeApi extends ClientObjectApi {
  readonly text: string
  readonly fields: FieldCollectionApi
  readonly parentContentControlOrNullObject: ContentControlApi
  insertText(text: string, insertLocation: InsertLocationApi): RangeApi
  insertComment(commentText: string): CommentApi
  expandTo(range: RangeApi): RangeApi
  select(selectionMode?: 'Select' | 'Start' | 'End'): void
  highlight(): void
  removeHighlight(): void
}

export type RangeCollectionApi = CollectionApi<RangeApi>

export interface ParagraphApi extends ClientObjectApi {
  readonly text: string
  readonly uniqueLocalId: string
  readonly tableNestingLevel: number
  readonly fields: FieldCollectionApi
  readonly parentContentControlOrNullObject: ContentControlApi
  search(searchText: string, searchOptions?: SearchOptionsApi): RangeCollectionApi
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'After' | 'Content'): RangeApi
  insertAnnotations(annotations: { critiques: CritiqueApi[] }): ClientResultApi<string[]>
}

export type ParagraphCollectionApi = CollectionApi<ParagraphApi>

export interface BodyApi extends ClientObjectApi {
  readonly paragraphs: ParagraphCollectionApi
  readonly contentControls: CollectionApi<ContentControlApi>
  readonly fields: FieldCollectionApi
}

export interface SectionApi extends ClientObjectApi {
  getHeader(type: HeaderFooterTypeApi): BodyApi
  getFooter(type: HeaderFooterTypeApi): BodyApi
}

export type SectionCollectionApi = CollectionApi<SectionApi>

export interface CritiqueAnnotationApi extends ClientObjectApi {
  readonly range: RangeApi
}

export interface AnnotationApi extends ClientObjectApi {
  readonly id: string
  readonly critiqueAnnotation: CritiqueAnnotationApi
  delete(): void
}

export interface ParagraphEventArgsApi {
  readonly type: string
  readonly source: 'Local' | 'Remote'
  readonly uniqueLocalIds: string[]
}

/** `OfficeExtension.ClientRequestContext`: what an event registration keeps. */
export interface ClientRequestContextApi {
  sync(): Promise<void>
}

export interface EventHandlerResultApi {
  remove(): void
  /** The context the handler was added with; remove inside `Word.run(context, ...)`. */
  readonly context: ClientRequestContextApi
}

export interface EventHandlersApi<T> {
  add(handler: (args: T) => Promise<unknown>): EventHandlerResultApi
}

export interface DocumentApi extends ClientObjectApi {
  readonly body: BodyApi
  readonly sections: SectionCollectionApi
  changeTrackingMode: ChangeTrackingModeApi
  getFootnoteBody(): BodyApi
  getParagraphByUniqueLocalId(id: string): ParagraphApi
  getAnnotationById(id: string): AnnotationApi
  readonly onParagraphChanged: EventHandlersApi<ParagraphEventArgsApi>
  readonly onParagraphAdded: EventHandlersApi<ParagraphEventArgsApi>
  readonly onParagraphDeleted: EventHandlersApi<ParagraphEventArgsApi>
}

export interface RequestContextApi {
  readonly document: DocumentApi
  sync(): Promise<void>
}

export interface WordApi {
  run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T>
  /** Continue in an existing context, e.g. the one an event handler was added with. */
  run<T>(context: ClientRequestContextApi, batch: (context: RequestContextApi) => Promise<T>): Promise<T>
}

export interface AsyncResultApi {
  readonly status: 'succeeded' | 'failed'
  readonly error?: { readonly message: string }
}

export interface SettingsApi {
  get(name: string): unknown
  set(name: string, value: unknown): void
  saveAsync(callback?: (result: AsyncResultApi) => void): void
}

export interface OfficeApi {
  onReady(callback?: (info: { host: string | null; platform: string | null }) => unknown): Promise<{
    host: string | null
    platform: string | null
  }>
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean }
    readonly document: { readonly settings: SettingsApi }
  }
}

/** The error shape office.js rejects `sync()` with (`OfficeExtension.Error`). */
export interface OfficeErrorLike {
  readonly code: string
  readonly message: string
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

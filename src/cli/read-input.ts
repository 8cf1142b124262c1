import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { readDocx } from './docx.js'
import { InputError } from './input-error.js'
import { markdownProse } from './markdown.js'

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'] as const

/** Whether a file of this name is one `check` and `report` read. */
export function isSupportedFile(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())
}

/** Larger inputs are refused: no letter or nota comes near this. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

export interface InputText {
  readonly path: string
  /** The text findings refer to. */
  readonly text: string
  /** The text handed to the engine: `text` with markup masked (same length). */
  readonly checkText: string
}

function describeFsError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return new InputError(path, 'bestand niet gevonden')
    case 'EACCES':
    case 'EPERM':
      return new InputError(path, 'geen toestemming om dit bestand te lezen')
    case 'EISDIR':
      return new InputError(path, 'dit is een map, geen bestand')
    case 'ELOOP':
      return new InputError(path, 'symbolische koppeling die naar zichzelf verwijst (een lus)')
    default:
      return new InputError(path, `bestand kan niet worden gelezen (${code ?? 'onbekende fout'})`)
  }
}

function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192)
  if (sample.includes(0)) return true
  let control = 0
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++
  return control > sample.length * 0.05
}

/** Decode text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
export function decodeText(path: string, buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2))
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2))
  if (looksBinary(buffer)) {
    throw new InputError(path, 'dit lijkt een binair bestand, geen tekst; geef een .txt-, .md- of .docx-bestand')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer)
  } catch {
    // Older Dutch Windows files are often Windows-1252; decoding them keeps é and ë intact.
    return new TextDecoder('windows-1252').decode(buffer)
  }
}

/** Read one input file into text the engine can check. */
export async function readInput(path: string): Promise<InputText> {
  const extension = extname(path).toLowerCase()
  if (!isSupportedFile(path)) {
    throw new InputError(path, `bestandstype '${extension || 'zonder extensie'}' wordt niet ondersteund; gebruik .txt, .md of .docx`)
  }
  let buffer: Buffer
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' })
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputError(path, `bestand is te groot (${Math.round(info.size / 1024 / 1024)} MB; maximaal ${MAX_INPUT_BYTES / 1024 / 1024} MB)`)
    }
    buffer = await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw describeFsError(path, error)
  }
  if (buffer.length === 0) throw new InputError(path, 'het bestand is leeg')
  const text = extension === '.docx' ? await readDocx(path, buffer) : decodeText(path, buffer)
  if (text.trim() === '') throw new InputError(path, 'het bestand bevat geen tekst')
  const checkText = extension === '.md' || extension === '.markdown' ? markdownProse(text) : text
  return { path, text, checkText }
}

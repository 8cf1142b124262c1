import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from './input-error.js'
import { isSupportedFile } from './read-input.js'

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git'])

export interface WalkResult {
  readonly files: string[]
  readonly errors: InputError[]
}

/** Why an entry a folder lists cannot be looked at; ENOENT there means a link to nothing. */
function statProblem(code: string | undefined): string {
  if (code === 'ELOOP') return 'symbolische koppeling vormt een lus'
  if (code === 'ENOENT') return 'symbolische koppeling naar een bestand dat niet (meer) bestaat'
  return 'kan niet worden gelezen'
}

/**
 * Expand the command line's paths: files as given, folders walked (sorted,
 * hidden folders skipped) for the supported extensions. A symbolic link that
 * loops back is reported once instead of walked forever.
 */
export async function collectInputs(paths: readonly string[]): Promise<WalkResult> {
  const files: string[] = []
  const errors: InputError[] = []
  const seenDirectories = new Set<string>()

  const walk = async (directory: string): Promise<void> => {
    let real: string
    try {
      real = await realpath(directory)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      errors.push(new InputError(directory, code === 'ELOOP' ? 'symbolische koppeling vormt een lus' : 'map kan niet worden gelezen'))
      return
    }
    if (seenDirectories.has(real)) {
      errors.push(new InputError(directory, 'symbolische koppeling vormt een lus of wijst naar een map die al is doorzocht; overgeslagen'))
      return
    }
    seenDirectories.add(real)
    let names: string[]
    try {
      names = (await readdir(directory)).sort()
    } catch {
      errors.push(new InputError(directory, 'geen toestemming om deze map te lezen'))
      return
    }
    for (const name of names) {
      if (name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)) continue
      const path = join(directory, name)
      let isDirectory: boolean
      try {
        isDirectory = (await stat(path)).isDirectory()
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (isSupportedFile(name) || code === 'ELOOP') {
          errors.push(new InputError(path, statProblem(code)))
        }
        continue
      }
      if (isDirectory) await walk(path)
      else if (isSupportedFile(name)) files.push(path)
    }
  }

  for (const path of paths) {
    let isDirectory = false
    try {
      isDirectory = (await stat(path)).isDirectory()
    } catch {
      // readInput reports missing and unreadable files with the right words.
    }
    if (isDirectory) await walk(path)
    else files.push(path)
  }
  return { files, errors }
}

/** A problem in a lexicon file, located for a maintainer to fix. */
export interface LexiconProblem {
  readonly file: string
  readonly line: number
  readonly column: number
  /** The field the problem is about, e.g. `alternatives` or `examples.flag`. */
  readonly field?: string | undefined
  /** Plain Dutch: what is wrong and how to fix it. */
  readonly message: string
}

/** `lexicon/gender.yml:14:5: …`, the form editors and terminals link. */
export function formatProblem(problem: LexiconProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`
}

/**
 * Thrown when lexicon files cannot be loaded. Loading is all or nothing: one
 * problem anywhere means no lexicon, with every problem listed.
 */
export class LexiconError extends Error {
  readonly problems: readonly LexiconProblem[]

  constructor(problems: readonly LexiconProblem[]) {
    const count = problems.length
    super(
      `${count === 1 ? 'Eén probleem' : `${count} problemen`} in de woordenlijst:\n` +
        problems.map((problem) => '  ' + formatProblem(problem)).join('\n'),
    )
    this.name = 'LexiconError'
    this.problems = problems
  }
}

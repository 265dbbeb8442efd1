/**
 * What a sheet link could not give, one named problem per entry, with its message in either interface language.
 * Messages are plain strings: the page renders them as text (never as HTML). The only words copied from the link are
 * slugs and ids that passed their patterns, and `text` of a malformed entry, which `excerpt` has made inert.
 */

export type SheetProblem =
  /** Not a passage reference; `no-source`: a bare id with no source before it; `bad-reference`: a source letter the link never defined. */
  | { kind: 'malformed'; position: number; text: string; reason: 'syntax' | 'no-source' | 'bad-reference' }
  | { kind: 'unknown-source'; position: number; slug: string; id: string }
  | { kind: 'unknown-passage'; position: number; slug: string; id: string }
  /** The passage was edited: the entry shows the passage as it now reads (`to`). */
  | { kind: 'retired'; position: number; slug: string; id: string; to: string }
  | { kind: 'removed'; position: number; slug: string; id: string }
  /** The same passage as entry `first` (also when a retired id leads to a passage already on the sheet). */
  | { kind: 'duplicate'; position: number; slug: string; id: string; first: number }
  | { kind: 'too-many'; limit: number; total: number };

const EXCERPT_LENGTH = 40;
/** Control characters, and the bidirectional controls that could make an excerpt display as other text. */
const INERT = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A hostile or huge entry, shortened to a plain excerpt that cannot disguise itself. */
export function excerpt(text: string): string {
  const chars = Array.from(text.replace(INERT, '\ufffd'));
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : chars.join('');
}

function english(problem: SheetProblem): string {
  switch (problem.kind) {
    case 'malformed':
      if (problem.reason === 'no-source')
        return `Entry ${problem.position}: “${problem.text}” names no source, and no entry before it does.`;
      if (problem.reason === 'bad-reference')
        return `Entry ${problem.position}: “${problem.text}” refers to a source this link never names.`;
      return `Entry ${problem.position}: “${problem.text}” is not a passage reference (source~passage id).`;
    case 'unknown-source':
      return `Entry ${problem.position}: there is no source “${problem.slug}”.`;
    case 'unknown-passage':
      return `Entry ${problem.position}: “${problem.slug}” has no passage ${problem.id}.`;
    case 'retired':
      return `Entry ${problem.position}: passage ${problem.id} of “${problem.slug}” was edited; it is shown as it now reads (${problem.to}).`;
    case 'removed':
      return `Entry ${problem.position}: passage ${problem.id} was removed from “${problem.slug}”.`;
    case 'duplicate':
      return `Entry ${problem.position} repeats entry ${problem.first}, so it is shown once.`;
    case 'too-many':
      return `This link holds ${problem.total} entries; a sheet holds at most ${problem.limit}, so only the first ${problem.limit} are read.`;
  }
}

function chinese(problem: SheetProblem): string {
  switch (problem.kind) {
    case 'malformed':
      if (problem.reason === 'no-source')
        return `第${problem.position}项：“${problem.text}”没有指明来源，前面也没有可沿用的来源。`;
      if (problem.reason === 'bad-reference')
        return `第${problem.position}项：“${problem.text}”引用了链接中未出现的来源。`;
      return `第${problem.position}项：“${problem.text}”不是段落引用（应为“来源~段落编号”）。`;
    case 'unknown-source':
      return `第${problem.position}项：没有名为“${problem.slug}”的来源。`;
    case 'unknown-passage':
      return `第${problem.position}项：“${problem.slug}”中没有段落 ${problem.id}。`;
    case 'retired':
      return `第${problem.position}项：“${problem.slug}”的段落 ${problem.id} 已修改，现显示修改后的文字（${problem.to}）。`;
    case 'removed':
      return `第${problem.position}项：段落 ${problem.id} 已从“${problem.slug}”中删除。`;
    case 'duplicate':
      return `第${problem.position}项与第${problem.first}项相同，只显示一次。`;
    case 'too-many':
      return `此链接含 ${problem.total} 项，清单最多 ${problem.limit} 项，只读取前 ${problem.limit} 项。`;
  }
}

/** The problem said once, in the interface's language. */
export function describeSheetProblem(problem: SheetProblem, language: 'en' | 'zh'): string {
  return language === 'zh' ? chinese(problem) : english(problem);
}

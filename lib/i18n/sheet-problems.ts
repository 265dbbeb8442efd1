/**
 * What a quote-sheet link could not give, said in either interface language (lib/sheet/problems.ts names the
 * problems). Plain strings: the sheet page renders them as text, never as HTML. Ships with the sheet page's code.
 */
import type { Locale } from './locales';

const en = {
  notReference: (entry: number, text: string) =>
    `Entry ${entry}: “${text}” is not a passage reference (source~passage id).`,
  noSource: (entry: number, text: string) => `Entry ${entry}: “${text}” names no source, and no entry before it does.`,
  badReference: (entry: number, text: string) => `Entry ${entry}: “${text}” refers to a source this link never names.`,
  unknownSource: (entry: number, slug: string) => `Entry ${entry}: there is no source “${slug}”.`,
  unknownPassage: (entry: number, slug: string, id: string) => `Entry ${entry}: “${slug}” has no passage ${id}.`,
  retired: (entry: number, slug: string, id: string, to: string) =>
    `Entry ${entry}: passage ${id} of “${slug}” was edited; it is shown as it now reads (${to}).`,
  removed: (entry: number, slug: string, id: string) => `Entry ${entry}: passage ${id} was removed from “${slug}”.`,
  duplicate: (entry: number, first: number) => `Entry ${entry} repeats entry ${first}, so it is shown once.`,
  tooMany: (total: number, limit: number) =>
    `This link holds ${total} entries; a sheet holds at most ${limit}, so only the first ${limit} are read.`,
};

export type SheetProblemWords = typeof en;

const zh: SheetProblemWords = {
  notReference: (entry, text) => `第${entry}项：“${text}”不是段落引用（应为“来源~段落编号”）。`,
  noSource: (entry, text) => `第${entry}项：“${text}”没有指明来源，前面也没有可沿用的来源。`,
  badReference: (entry, text) => `第${entry}项：“${text}”引用了链接中未出现的来源。`,
  unknownSource: (entry, slug) => `第${entry}项：没有名为“${slug}”的来源。`,
  unknownPassage: (entry, slug, id) => `第${entry}项：“${slug}”中没有段落 ${id}。`,
  retired: (entry, slug, id, to) => `第${entry}项：“${slug}”的段落 ${id} 已修改，现显示修改后的文字（${to}）。`,
  removed: (entry, slug, id) => `第${entry}项：段落 ${id} 已从“${slug}”中删除。`,
  duplicate: (entry, first) => `第${entry}项与第${first}项相同，只显示一次。`,
  tooMany: (total, limit) => `此链接含 ${total} 项，清单最多 ${limit} 项，只读取前 ${limit} 项。`,
};

export const SHEET_PROBLEM_WORDS: Readonly<Record<Locale, SheetProblemWords>> = { en, zh };

/**
 * Every shape in the corpus, in one place: what an editor writes in front matter (validated and normalised here) and
 * the typed model the rest of the site reads. Optional fields have no invented default: unknown metadata stays absent.
 */
import { z } from 'zod';

/** URL-safe identifiers: lower-case ASCII words joined by hyphens. They appear in links, so they never change. */
const identifier = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "un-central-role"');

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

export const LANGUAGES = ['en', 'zh'] as const;
export const SOURCE_KINDS = ['news', 'opinion', 'commentary', 'translation', 'official'] as const;

export const sourceFrontMatterSchema = z
  .object({
    /** Required. The source's URL segment (`/sources/<slug>/`); must equal the file name without `.md`. */
    slug: identifier,
    /** Required. The headline as published. */
    title: nonEmptyText,
    /** Optional. A few words for table headings and compact lists; defaults to the title. */
    shortTitle: nonEmptyText.optional(),
    /** Default false. True when the collected text had no headline and the editors wrote `title` from its words. */
    titleSupplied: z.boolean().default(false),
    /** Required. Language of the body: `en` or `zh`. */
    language: z.enum(LANGUAGES, { error: 'must be "en" or "zh"' }),
    /** Optional. Only when the text states it. */
    publisher: nonEmptyText.optional(),
    /** Optional. Only when the text names the author. */
    author: nonEmptyText.optional(),
    /** Optional. Publication date as the text states it, ISO `YYYY-MM-DD`. */
    date: z
      .union([z.date(), z.string()])
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
      .pipe(z.iso.date({ error: 'must be an ISO date, YYYY-MM-DD' }))
      .optional(),
    /** Optional. Where the original was published. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** Optional. news | opinion | commentary | translation | official. */
    kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }).optional(),
    /** Optional. Slug of the source this one translates; paragraphs must align one to one with it. */
    translationOf: identifier.optional(),
    /** Optional. Slug of a source in the corpus that this one discusses. */
    about: identifier.optional(),
  })
  .strict();

const termList = z.array(nonEmptyText).default([]);

export const principleFrontMatterSchema = z
  .object({
    /** Required. The principle's URL segment (`/principles/<id>/`); must equal the file name. Never rename one. */
    id: identifier,
    /** Required. English name. */
    title: nonEmptyText,
    /** Required. Chinese name. */
    titleZh: nonEmptyText,
    /** Default 100. Position in lists, lowest first; ties are ordered by title. */
    order: z.number().int().default(100),
    /**
     * Default none. Terms that recognise the principle in a passage. English terms match whole words (`monopol*` is a
     * prefix); Chinese terms match anywhere; `A ... B` needs both in one passage.
     */
    terms: z.object({ en: termList, zh: termList }).strict().default({ en: [], zh: [] }),
  })
  .strict();

export const initiativeFrontMatterSchema = z
  .object({
    /** Required. The Initiative's English name. */
    title: nonEmptyText,
    /** Required. Its Chinese name. */
    titleZh: nonEmptyText,
  })
  .strict();

/**
 * `content/published-ids.json`: every passage id ever published, per source slug, with the text it had. Written by
 * the build (`npm run build` records new ids first); old entries are never removed, so old links keep resolving.
 */
export const publishedIdsSchema = z.record(
  identifier,
  z.record(z.string().regex(/^p-[0-9a-f]{8,}(?:-\d+)?$/, 'is not a passage id (p-<hex>)'), z.string()),
);

export type PublishedIds = z.infer<typeof publishedIdsSchema>;
export type SourceFrontMatter = z.infer<typeof sourceFrontMatterSchema>;
export type PrincipleFrontMatter = z.infer<typeof principleFrontMatterSchema>;

// ---- The model built from content ----

export const PASSAGE_KINDS = ['paragraph', 'heading', 'list-item', 'blockquote'] as const;

/** Why a passage supports a principle: terms found in its text, or an editor's annotation in the Markdown. */
export const evidenceSchema = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('terms'),
    /** Each matched term with its [start, end) range in the passage text. */
    matches: z.array(z.object({ term: z.string(), start: z.number().int(), end: z.number().int() })).min(1),
  }),
  z.object({ by: z.literal('editor') }),
]);

export const mentionSchema = z.object({
  principle: identifier,
  evidence: evidenceSchema,
});

export const passageSchema = z.object({
  /** Stable anchor derived from the text: editing other passages never changes it. */
  id: z.string().regex(/^p-[0-9a-f]{8,}(?:-\d+)?$/),
  kind: z.enum(PASSAGE_KINDS),
  /** Plain text as the reader sees it. */
  text: nonEmptyText,
  /** Links in the text, as [start, end) ranges with their sanitised targets; absent when there are none. */
  links: z.array(z.object({ start: z.number().int(), end: z.number().int(), href: z.string() })).optional(),
  /** 1-based line in the source file where the block starts. */
  line: z.number().int().positive(),
  mentions: z.array(mentionSchema),
});

export const sourceSchema = sourceFrontMatterSchema.extend({
  /** Content file, relative to the project, for error messages. */
  file: z.string(),
  passages: z.array(passageSchema).min(1),
});

export const principleSchema = principleFrontMatterSchema.extend({
  file: z.string(),
  summary: nonEmptyText,
});

export const initiativeSchema = initiativeFrontMatterSchema.extend({
  /** The home page's introduction, one string per paragraph. */
  paragraphs: z.array(nonEmptyText).min(1),
});

export type Initiative = z.infer<typeof initiativeSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type PassageKind = Passage['kind'];
export type Source = z.infer<typeof sourceSchema>;
export type Principle = z.infer<typeof principleSchema>;
export type Language = (typeof LANGUAGES)[number];

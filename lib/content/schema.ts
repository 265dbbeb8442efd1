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

const isoDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .pipe(z.iso.date({ error: 'must be an ISO date, YYYY-MM-DD' }));

/**
 * An author as citations need them, never inferred from a display string: a person by family and given name (so that
 * "Cai Cuihong" and "Cuihong Cai" are never confused), or a pen name or column (和音 is a column, not a person), or an
 * organisation. Each is cited as it is written.
 */
export const authorSchema = z.union(
  [
    z.object({ family: nonEmptyText, given: nonEmptyText.optional() }).strict(),
    z.object({ penName: nonEmptyText, romanised: nonEmptyText.optional() }).strict(),
    z.object({ organisation: nonEmptyText }).strict(),
  ],
  {
    error:
      'each author is { family, given } for a person, { penName, romanised } for a pen name or column, or { organisation }',
  },
);

/**
 * How an official text is divided, as its publisher divides it: preamble paragraphs, a lead-in line ("为此，我们倡议："),
 * then numbered points, each opening with a dash ("——"). Passages are then cited as "point 2" rather than "¶ 6".
 */
export const structureSchema = z
  .object({
    preamble: z.number().int().min(0),
    leadIn: z.number().int().min(0).max(1),
    points: z.number().int().min(1),
  })
  .strict();

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
    /** Optional. The title in English as its publisher gives it, for a source in another language. */
    titleEn: nonEmptyText.optional(),
    /** Optional. Publication date as the text states it, ISO `YYYY-MM-DD`. */
    date: isoDate.optional(),
    /**
     * Optional. The date of the page at `url`, where it differs from `date` (a text announced one day, posted later).
     */
    pageDate: isoDate.optional(),
    /** Optional, and required with `author`: the authors in structured form, for citations. */
    authors: z.array(authorSchema).min(1).optional(),
    /** Optional. The page's own rights statement, as collected ("© China Daily"); never written by the editors. */
    rights: nonEmptyText.optional(),
    /** Optional. Where the original was published. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** Optional. news | opinion | commentary | translation | official. */
    kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }).optional(),
    /** Optional. Slug of the source this one translates; paragraphs must align one to one with it. */
    translationOf: identifier.optional(),
    /** Optional. Slug of a source in the corpus that this one discusses. */
    about: identifier.optional(),
    /** Optional. Preamble, lead-in and points, for a text divided into numbered points. */
    structure: structureSchema.optional(),
  })
  .strict();

/**
 * A term that recognises something in text (a principle's, or a glossary pair's). It needs at least two letters,
 * digits or Chinese characters: a term of punctuation (".*") or one character would match almost every passage.
 */
export const termText = nonEmptyText
  .refine(
    (term) => /[\p{L}\p{N}]/u.test(term),
    'has no letters, digits or Chinese characters: write words, not punctuation',
  )
  // Punctuation alone is reported once, by the rule above.
  .refine(
    (term) => (term.match(/[\p{L}\p{N}]/gu)?.length ?? 2) !== 1,
    'is too short: a term needs at least 2 letters or characters',
  );

const termList = z.array(termText).default([]);

export const principleFrontMatterSchema = z
  .object({
    /** Required. The principle's URL segment (`/principles/<id>/`); must equal the file name. Never rename one. */
    id: identifier,
    /** Required. English name. */
    title: nonEmptyText,
    /** Required. Chinese name. */
    titleZh: nonEmptyText,
    /** Required. The summary in Chinese, written from the Chinese texts, for the Chinese interface. */
    summaryZh: nonEmptyText,
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
    /** Optional. Slug of the source holding the Initiative's own text: principle pages open with its passages. */
    source: identifier.optional(),
    /** Required. The introduction in Chinese, one string per paragraph, for the Chinese interface. */
    introZh: z.array(nonEmptyText).min(1),
  })
  .strict();

/**
 * `content/glossary.md`: English and Chinese words for the same thing, which search uses to reach across languages
 * ("UN" finds 联合国). Editors write pairs here; each principle's own en/zh terms make one more (glossary.ts).
 */
export const glossaryFrontMatterSchema = z
  .object({
    pairs: z
      .array(
        z
          .object({
            en: z.array(termText).min(1),
            zh: z.array(termText).min(1),
            /**
             * The passages that justify the pair, `<slug>#<passage id>` (or `<slug>#title`, a source's title): between
             * them they use an English and a Chinese name. Checked by glossary-evidence.ts; shown on the term's page.
             */
            evidence: z
              .array(
                z
                  .string()
                  .regex(
                    /^[a-z0-9-]+#(?:p-[0-9a-f]{8,}(?:-\d+)?|title)$/,
                    "is not <slug>#<passage id>: write e.g. he-yin-zh#p-1b425c97, or he-yin-zh#title for a source's title",
                  ),
              )
              .optional(),
          })
          .strict(),
      )
      .min(1, 'needs at least one pair: - en: [United Nations, UN] / zh: [联合国]'),
  })
  .strict();

export type GlossaryPair = z.infer<typeof glossaryFrontMatterSchema>['pairs'][number];

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
export type Author = z.infer<typeof authorSchema>;
export type Structure = z.infer<typeof structureSchema>;
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

/** A passage's citable label (labels.ts): "¶ 3", "preamble ¶ 1", "lead-in", "point 2". */
export const passageLabelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), n: z.number().int().positive() }),
  z.object({ kind: z.literal('preamble'), n: z.number().int().positive() }),
  z.object({ kind: z.literal('lead-in') }),
  z.object({ kind: z.literal('point'), n: z.number().int().positive() }),
]);

export const passageSchema = z.object({
  /** Stable anchor derived from the text: editing other passages never changes it. */
  id: z.string().regex(/^p-[0-9a-f]{8,}(?:-\d+)?$/),
  kind: z.enum(PASSAGE_KINDS),
  label: passageLabelSchema,
  /** Plain text as the reader sees it. */
  text: nonEmptyText,
  /** Links in the text, as [start, end) ranges with their sanitised targets; absent when there are none. */
  links: z.array(z.object({ start: z.number().int(), end: z.number().int(), href: z.string() })).optional(),
  /** 1-based line in the source file where the block starts. */
  line: z.number().int().positive(),
  mentions: z.array(mentionSchema),
  /** `<slug>#<id>` of passages elsewhere whose words this passage gives in its own language (editors' marks). */
  renders: z.array(z.string()).optional(),
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
export type PassageLabel = z.infer<typeof passageLabelSchema>;
export type PassageKind = Passage['kind'];
export type Source = z.infer<typeof sourceSchema>;
export type Principle = z.infer<typeof principleSchema>;
export type Language = (typeof LANGUAGES)[number];

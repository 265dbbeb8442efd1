import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { sheetBibtex, sheetCsv, sheetMarkdown, type SheetItem } from '@/lib/sheet/export';

const official: SheetItem['source'] = {
  slug: 'global-ai-governance-initiative',
  title: '全球人工智能治理倡议',
  titleEn: 'Global AI Governance Initiative',
  titleSupplied: false,
  language: 'zh',
  publisher: '中华人民共和国外交部',
  date: '2023-10-18',
  pageDate: '2023-10-20',
  url: 'https://www.mfa.gov.cn/example.shtml',
};
const cai: SheetItem['source'] = {
  slug: 'eaf-rule-developer-solution-provider',
  title: 'China as rule developer and solution provider in global AI governance',
  titleSupplied: true,
  language: 'en',
  publisher: 'East Asia Forum',
  author: 'Cuihong Cai',
  authors: [{ family: 'Cai', given: 'Cuihong' }],
  date: '2024-09-13',
};
const sovereignty = { id: 'sovereignty', title: 'Respect for national sovereignty', titleZh: '尊重国家主权' };
const site = 'https://reader.example';

const items: SheetItem[] = [
  {
    quote: '——各国无论大小、强弱，无论社会制度如何，都有平等发展和利用人工智能的权利。',
    language: 'zh',
    source: official,
    sourcePermalink: `${site}/sources/global-ai-governance-initiative/`,
    label: { kind: 'point', n: 2 },
    principles: [sovereignty],
    permalink: `${site}/sources/global-ai-governance-initiative/p/p-6767d27f/`,
  },
  {
    quote: 'China positions itself as a rule developer.',
    language: 'en',
    source: cai,
    sourcePermalink: `${site}/sources/eaf-rule-developer-solution-provider/`,
    label: { kind: 'paragraph', n: 3 },
    principles: [],
    permalink: `${site}/sources/eaf-rule-developer-solution-provider/p/p-8690c89d/`,
  },
  {
    quote: '——尊重他国主权。',
    language: 'zh',
    source: official,
    sourcePermalink: `${site}/sources/global-ai-governance-initiative/`,
    label: { kind: 'point', n: 3 },
    principles: [sovereignty, { id: 'un-central-role', title: 'The UN’s central role', titleZh: '联合国主渠道作用' }],
    permalink: `${site}/sources/global-ai-governance-initiative/p/p-28b31557/`,
  },
];

const hostile: SheetItem = {
  quote: '=HYPERLINK("http://evil.example","click")\n<script>alert(1)</script> [x](javascript:alert(1)) *y* # z',
  language: 'en',
  source: {
    slug: 'hostile',
    title: '-2+3 "quoted", title}%',
    titleSupplied: false,
    language: 'en',
    publisher: '@evil',
  },
  sourcePermalink: `${site}/sources/hostile/`,
  label: { kind: 'paragraph', n: 1 },
  principles: [],
  permalink: `${site}/sources/hostile/p/p-12345678/`,
};

describe('sheet export: Markdown', () => {
  it('writes a block quote per passage, then its citation linked to the passage page', () => {
    expect(sheetMarkdown(items.slice(0, 2), 'en')).toBe(
      [
        '> ——各国无论大小、强弱，无论社会制度如何，都有平等发展和利用人工智能的权利。',
        '',
        `— [全球人工智能治理倡议, 中华人民共和国外交部, 2023-10-18, point 2](${site}/sources/global-ai-governance-initiative/p/p-6767d27f/)`,
        '',
        '> China positions itself as a rule developer.',
        '',
        `— [Cuihong Cai, \\[China as rule developer and solution provider in global AI governance\\], East Asia Forum, 2024-09-13, ¶ 3](${site}/sources/eaf-rule-developer-solution-provider/p/p-8690c89d/)`,
        '',
      ].join('\n'),
    );
  });

  it('cites in the interface language', () => {
    expect(sheetMarkdown(items.slice(0, 1), 'zh')).toContain(
      '——[全球人工智能治理倡议，中华人民共和国外交部，2023-10-18，第二点](',
    );
  });

  it('keeps hostile text as text: no HTML, no links but the passage pages, the words unchanged', () => {
    const tree: Root = fromMarkdown(sheetMarkdown([hostile, ...items], 'en'));
    const types = new Set<string>();
    const links: Link[] = [];
    visit(tree, (node) => {
      types.add(node.type);
      if (node.type === 'link') links.push(node);
    });
    expect([...types].sort()).toEqual(['blockquote', 'break', 'link', 'paragraph', 'root', 'text']);
    expect(links.map((link) => link.url)).toEqual([hostile, ...items].map((item) => item.permalink));
    const firstQuote = tree.children[0];
    expect(firstQuote.type === 'blockquote' && JSON.stringify(firstQuote.children)).toContain(
      JSON.stringify('<script>alert(1)</script> [x](javascript:alert(1)) *y* # z'),
    );
  });
});

describe('sheet export: BibTeX', () => {
  it('writes one entry per source, in sheet order, noting the labels quoted', () => {
    const bib = sheetBibtex(items);
    expect(bib.match(/^@misc\{/gm)).toHaveLength(2);
    expect(
      bib.startsWith(
        '% point 2, point 3: \\cite[point 2]{global_ai_governance_initiative} \\cite[point 3]{global_ai_governance_initiative}\n@misc{global_ai_governance_initiative,\n',
      ),
    ).toBe(true);
    expect(bib).toContain(
      '% ¶ 3: \\cite[¶ 3]{eaf_rule_developer_solution_provider}\n@misc{eaf_rule_developer_solution_provider,\n  author = {Cai, Cuihong},',
    );
    expect(bib).toContain(`  url = {${site}/sources/eaf-rule-developer-solution-provider/},`);
    expect(bib).toContain('  url = {https://www.mfa.gov.cn/example.shtml},');
  });

  it('escapes what LaTeX would read as markup', () => {
    expect(sheetBibtex([hostile])).toContain('  title = {{-2+3 "quoted", title\\}\\%}},');
  });
});

describe('sheet export: CSV', () => {
  it('starts with a byte order mark, quotes every field and ends rows with CRLF', () => {
    expect(sheetCsv(items.slice(1, 3), 'en')).toBe(
      '\ufeff"#","Quote","Language","Label","Source","Author","Publisher","Date","Principles","Link"\r\n' +
        `"1","China positions itself as a rule developer.","en","¶ 3","[China as rule developer and solution provider in global AI governance]","Cuihong Cai","East Asia Forum","2024-09-13","","${site}/sources/eaf-rule-developer-solution-provider/p/p-8690c89d/"\r\n` +
        `"2","——尊重他国主权。","zh","point 3","全球人工智能治理倡议","","中华人民共和国外交部","2023-10-18","Respect for national sovereignty; The UN’s central role","${site}/sources/global-ai-governance-initiative/p/p-28b31557/"\r\n`,
    );
  });

  it('writes headers, labels and principles in Chinese for the Chinese interface', () => {
    const [header, row] = sheetCsv(items.slice(2), 'zh').split('\r\n');
    expect(header).toBe('\ufeff"序号","引文","语言","段落","来源","作者","出版者","日期","原则","链接"');
    expect(row).toContain('"第三点","全球人工智能治理倡议"');
    expect(row).toContain('"尊重国家主权；联合国主渠道作用"');
  });

  it('neutralises formulas and keeps embedded quotes and line breaks inside the field', () => {
    const row = sheetCsv([hostile], 'en').split('\r\n').slice(1).join('\r\n');
    expect(row).toBe(
      `"1","'=HYPERLINK(""http://evil.example"",""click"")\n<script>alert(1)</script> [x](javascript:alert(1)) *y* # z","en","¶ 1","'-2+3 ""quoted"", title}%","","'@evil","","","${site}/sources/hostile/p/p-12345678/"\r\n`,
    );
  });
});

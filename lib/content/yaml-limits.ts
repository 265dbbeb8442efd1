import { Parser, type CST } from 'yaml';
import { lineAt } from './errors';

/**
 * Limits that keep hostile front matter from exhausting the build, checked before the YAML is composed. The yaml
 * package caps alias expansion only while converting to JavaScript, and then throws an error that names no file; it
 * caps neither nesting (deep enough, its recursive composer overflows the stack, which can abort the process) nor size
 * (duplicate-key checks grow with the square of the keys). Its tokenizer and parser are not recursive, so walking
 * their output is safe at any depth.
 */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;
/** Front matter needs 3 levels (authors → an author → a field); 16 leaves room and is far from any stack limit. */
export const MAX_DEPTH = 16;

/** A limit broken, with the line within the YAML text where it is. */
export interface YamlLimitProblem {
  lineInYaml: number;
  message: string;
}

export function yamlLimitProblems(yaml: string): YamlLimitProblem[] {
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_FRONT_MATTER_BYTES) {
    return [
      {
        lineInYaml: 0,
        message: `front matter is ${Math.ceil(bytes / 1024)} KB, over the limit of ${MAX_FRONT_MATTER_BYTES / 1024} KB: a file's fields fit in a few KB, so move any text below the closing '---'`,
      },
    ];
  }
  const aliases: CST.FlowScalar[] = [];
  let tooDeep: CST.Token | undefined;
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of new Parser().parse(yaml)) stack.push({ token, depth: 0 });
  for (let next = stack.pop(); next && !tooDeep; next = stack.pop()) {
    const { token, depth } = next;
    if (token.type === 'alias') aliases.push(token);
    const children = childrenOf(token);
    if (children.length === 0) continue;
    if (token.type !== 'document' && depth + 1 > MAX_DEPTH) tooDeep = token;
    for (const child of children) stack.push({ token: child, depth: token.type === 'document' ? depth : depth + 1 });
  }
  const problems: YamlLimitProblem[] = [];
  if (tooDeep) {
    problems.push({
      lineInYaml: lineAt(yaml, tooDeep.offset),
      message: `front matter nests more than ${MAX_DEPTH} levels deep here: no field needs more than 3 (a list of maps of values); flatten it`,
    });
  }
  if (aliases.length > 0) {
    const first = aliases.reduce((a, b) => (b.offset < a.offset ? b : a));
    problems.push({
      lineInYaml: lineAt(yaml, first.offset),
      message: `front matter uses the YAML alias "${first.source}"${aliases.length > 1 ? ` (and ${aliases.length - 1} more)` : ''}: aliases can expand into a huge document and are not allowed here; write the value out in full`,
    });
  }
  return problems;
}

/** The keys and values a token holds: none for scalars. */
function childrenOf(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item) =>
        [item.key, item.value].filter((child): child is CST.Token => Boolean(child)),
      );
    default:
      return [];
  }
}

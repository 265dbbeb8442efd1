import { isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Root, Yaml } from 'mdast';
import { lineAt, type ContentProblem } from './errors';
import { yamlLimitProblems } from './yaml-limits';

/**
 * Validates a file's YAML front matter against a schema. Every problem is reported at the line of the field concerned
 * (or of the front matter when a field is missing), with the schema's own explanation of what is expected.
 */
export function readFrontMatter<Schema extends z.ZodType>(
  tree: Root,
  schema: Schema,
  file: string,
  problems: ContentProblem[],
): z.infer<Schema> | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    problems.push({
      file,
      line: 1,
      message: "no front matter: start the file with a line '---', the fields (e.g. 'title: …'), and another '---'",
    });
    return undefined;
  }
  const yamlNode: Yaml = node;
  // Line 1 of the YAML text is the line after the opening '---'.
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const limits = yamlLimitProblems(yamlNode.value);
  if (limits.length > 0) {
    for (const { lineInYaml, message } of limits) problems.push({ file, line: firstLine + lineInYaml - 1, message });
    return undefined;
  }
  const document = parseDocument(yamlNode.value, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
      const reason = error.message.split('\n')[0];
      problems.push({
        file,
        line,
        message: `front matter is not valid YAML (${reason}): check indentation, colons and quotes`,
      });
    }
    return undefined;
  }
  const data: unknown = document.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const lineInYaml = fieldLineInYaml(document.contents, at, yamlNode.value);
    const line = lineInYaml === undefined ? firstLine - 1 : firstLine + lineInYaml - 1;
    const present = issue.path.length > 0 && valueAt(data, issue.path) !== undefined;
    problems.push({ file, line, message: describeIssue(field, issue, present) });
  }
  return undefined;
}

/**
 * Line within the YAML text of the deepest part of `path` that is present (`authors.0.family`: the family key, else
 * the first author, else the authors key), or undefined when even its first key is absent.
 */
function fieldLineInYaml(contents: unknown, path: readonly PropertyKey[], yamlText: string): number | undefined {
  let node = contents;
  let line: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = lineAt(yamlText, pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && isNode(node.items[step])) {
      node = node.items[step];
      if (isNode(node) && node.range) line = lineAt(yamlText, node.range[0]);
    } else break;
  }
  return line;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, step);
  }
  return value;
}

function describeIssue(field: string, issue: z.core.$ZodIssue, present: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown front matter field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
  }
  if (!present) {
    const key = String(issue.path[issue.path.length - 1] ?? field);
    return `front matter field "${field}" is missing: add "${key}: …"${issue.path.length > 1 ? ' there' : ''}`;
  }
  if (issue.code === 'invalid_type') return `front matter field "${field}" must be a ${issue.expected}`;
  return `front matter field "${field}" ${issue.message}`;
}

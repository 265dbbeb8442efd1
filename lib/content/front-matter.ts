import { isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type YAMLError } from 'yaml';
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
  const lineOf = (error: YAMLError) => firstLine + lineAt(yamlNode.value, errorOffset(document, error)) - 1;
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const reason = error.message.split('\n')[0];
      problems.push({
        file,
        line: lineOf(error),
        message: `front matter is not valid YAML (${reason}): check indentation, colons and quotes`,
      });
    }
    return undefined;
  }
  for (const warning of document.warnings) {
    problems.push({
      file,
      line: lineOf(warning),
      severity: 'warning',
      message: describeWarning(warning, yamlNode.value),
    });
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

/**
 * Where an error is, as an offset into the YAML text (linePos is only filled in with prettyErrors, which rewrites the
 * messages): the start of the value it is in, when it is in one, as an unclosed quote is reported at the end of the
 * text it swallowed; else where the reader noticed it (a duplicate key: the duplicate).
 */
function errorOffset(document: Document, error: YAMLError): number {
  const [at] = error.pos;
  let start = at;
  visit(document, {
    Scalar(_key, node) {
      if (node.range && node.range[0] < at && at <= node.range[1]) start = Math.min(start, node.range[0]);
    },
  });
  return start;
}

/** A tag names a type the YAML reader would construct (`!!js/function` in some readers runs code): here none is. */
function describeWarning(warning: YAMLError, yamlText: string): string {
  if (warning.code !== 'TAG_RESOLVE_FAILED') return `front matter: ${warning.message.split('\n')[0]}`;
  const tag = yamlText.slice(warning.pos[0], warning.pos[1]);
  return `front matter uses the YAML tag "${tag}", which is not read here (the value is taken as plain text): remove the tag`;
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

import { isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Root, Yaml } from 'mdast';
import { lineAt, type ContentProblem } from './errors';

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
  const document = parseDocument(yamlNode.value, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
      const reason = error.message.split('\n')[0];
      problems.push({ file, line, message: `front matter is not valid YAML (${reason}): check indentation, colons and quotes` });
    }
    return undefined;
  }
  const data: unknown = document.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    const lineInYaml = fieldLineInYaml(document.contents, key, yamlNode.value);
    const line = lineInYaml === undefined ? firstLine - 1 : firstLine + lineInYaml - 1;
    const present = typeof data === 'object' && data !== null && issue.path.length > 0 && issue.path[0] in data;
    problems.push({ file, line, message: describeIssue(field, issue, present) });
  }
  return undefined;
}

/** Line of a top-level key within the YAML text, or undefined when the key is absent. */
function fieldLineInYaml(contents: unknown, key: PropertyKey | undefined, yamlText: string): number | undefined {
  if (!isMap(contents) || key === undefined) return undefined;
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return lineAt(yamlText, pair.key.range[0]);
  }
  return undefined;
}

function describeIssue(field: string, issue: z.core.$ZodIssue, present: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown front matter field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
  }
  if (!present) {
    return `front matter field "${field}" is missing: add "${field}: …"`;
  }
  if (issue.code === 'invalid_type') return `front matter field "${field}" must be a ${issue.expected}`;
  return `front matter field "${field}" ${issue.message}`;
}

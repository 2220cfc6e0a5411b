/**
 * Text out of a file's bytes, chosen by extension (then MIME type) as Dify's document extractor
 * does. Plain text, JSON, YAML, CSV and .properties run here; PDF, Office, EPUB and e-mail
 * formats need Dify's server-side parsers.
 */
import { dumpPyYaml } from '../../dsl/yaml/pyyaml-emitter';
import { readYaml } from '../../dsl/yaml/read-yaml';
import { pythonJsonDumps } from '../../engine/python-format';
import { NodeRunError } from '../../engine/node-executor';

const PLAIN_TEXT = new Set([
  '.txt', '.markdown', '.md', '.mdx', '.html', '.htm', '.xml', '.c', '.h', '.cpp', '.hpp', '.cc', '.cxx', '.c++', '.py',
  '.js', '.ts', '.jsx', '.tsx', '.java', '.php', '.rb', '.go', '.rs', '.swift', '.kt', '.scala', '.sh', '.bash', '.bat',
  '.ps1', '.sql', '.r', '.m', '.pl', '.lua', '.vim', '.asm', '.s', '.css', '.scss', '.less', '.sass', '.ini', '.cfg',
  '.conf', '.toml', '.env', '.log', '.vtt',
]);
const SERVER_ONLY = new Set(['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.epub', '.eml', '.msg']);
const MIME_TO_EXTENSION: Record<string, string> = {
  'text/plain': '.txt', 'text/html': '.html', 'text/htm': '.html', 'text/markdown': '.md', 'text/xml': '.xml',
  'application/pdf': '.pdf', 'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx', 'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx', 'application/vnd.ms-excel': '.xls',
  'application/vnd.ms-powerpoint': '.ppt', 'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
  'application/epub+zip': '.epub', 'message/rfc822': '.eml', 'application/vnd.ms-outlook': '.msg',
  'application/json': '.json', 'application/x-yaml': '.yaml', 'text/yaml': '.yaml', 'text/vtt': '.vtt', 'text/properties': '.properties',
};

function extractionError(message: string): never {
  throw new NodeRunError(message, 'TextExtractionError');
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Python's csv.reader (default dialect): commas, double quotes, "" escapes, newlines in quotes. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

function csvMarkdown(text: string): string {
  const rows = csvRows(text);
  if (rows.length === 0) return '';
  const clean = (cell: string) => cell.replace(/\n/g, ' ').replace(/\r/g, '');
  let table = `| ${rows[0]!.map(clean).join(' | ')} |\n`;
  table += `| ${rows[0]!.map((col) => '-'.repeat([...col].length)).join(' | ')} |\n`;
  for (const row of rows.slice(1)) table += `| ${row.map(clean).join(' | ')} |\n`;
  return table;
}

function propertiesText(text: string): string {
  return text.split(/\r\n|\r|\n/).map((raw) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) return line;
    const sep = line.includes('=') ? '=' : line.includes(':') ? ':' : '';
    const [key, value] = sep ? [line.slice(0, line.indexOf(sep)), line.slice(line.indexOf(sep) + 1)] : [line, ''];
    return `${key.trim()}: ${value.trim()}`;
  }).join('\n');
}

function jsonText(text: string): string {
  try {
    return pythonJsonDumps(JSON.parse(text) as unknown, 2);
  } catch (e) {
    return extractionError(`Failed to decode or parse JSON file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function yamlText(text: string): string {
  const read = readYaml(text);
  if (!read.ok) return extractionError(`Failed to decode or parse YAML file: ${read.errors.map((e) => e.message).join('; ')}`);
  return dumpPyYaml(read.value);
}

/** The extension (with a leading dot, lower case) that decides how a file is read. */
export function extensionFor(extension: unknown, mimeType: unknown): string | undefined {
  if (typeof extension === 'string' && extension) return (extension.startsWith('.') ? extension : `.${extension}`).toLowerCase();
  if (typeof mimeType === 'string' && mimeType) {
    const known = MIME_TO_EXTENSION[mimeType.split(';')[0]!.trim().toLowerCase()];
    if (!known) throw new NodeRunError(`Unsupported MIME type: ${mimeType}`, 'UnsupportedFileTypeError');
    return known;
  }
  return undefined;
}

/** Whether the extension can be read in the browser (without fetching anything). */
export function isServerOnly(extension: string): boolean {
  return SERVER_ONLY.has(extension);
}

export function extractText(bytes: Uint8Array, extension: string): string {
  if (PLAIN_TEXT.has(extension)) return decode(bytes);
  switch (extension) {
    case '.json': return jsonText(decode(bytes));
    case '.yaml': case '.yml': return yamlText(decode(bytes));
    case '.csv': return csvMarkdown(decode(bytes));
    case '.properties': return propertiesText(decode(bytes));
  }
  if (SERVER_ONLY.has(extension)) {
    throw new NodeRunError(
      `${extension.slice(1).toUpperCase()} extraction needs Dify's server; pin this node's output to run the workflow in Flowpad.`,
      'UnsupportedFileTypeError',
    );
  }
  throw new NodeRunError(`Unsupported Extension Type: ${extension}`, 'UnsupportedFileTypeError');
}

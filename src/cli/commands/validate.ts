/** `flowpad validate [--json] FILE...`: does each file import, and what does the checklist say. */
import { parse } from '../../dsl/parse';
import type { DslError, DslWarning } from '../../dsl/types';
import { runChecklist, type ChecklistItem } from '../../checklist/checklist';
import { parseCommandArgs } from '../args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeReadError, type CliIo } from '../cli-io';
import { VALIDATE_USAGE } from '../usage';

export interface FileReport {
  file: string;
  ok: boolean;
  /** The DSL version read (null when the file does not import). */
  version: string | null;
  /** app.mode (null when the file does not import). */
  mode: string | null;
  nodes: number;
  edges: number;
  errors: DslError[];
  warnings: DslWarning[];
  /** Checklist findings (nodeId '' for graph-wide ones); empty when the file does not import. */
  checklist: ChecklistItem[];
}

interface Checked {
  report: FileReport;
  /** The file could not be read at all (a usage problem, not an invalid file). */
  unreadable: boolean;
}

async function checkFile(file: string, io: CliIo): Promise<Checked> {
  const empty: FileReport = { file, ok: false, version: null, mode: null, nodes: 0, edges: 0, errors: [], warnings: [], checklist: [] };
  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    return { report: { ...empty, errors: [{ path: '(file)', message: describeReadError(file, e) }] }, unreadable: true };
  }
  const result = parse(text);
  if (!result.ok) return { report: { ...empty, errors: result.errors.map(({ path, message }) => ({ path, message })) }, unreadable: false };
  const { document } = result;
  return {
    report: {
      file,
      ok: true,
      version: result.version,
      mode: document.app.mode,
      nodes: document.workflow.graph.nodes.length,
      edges: document.workflow.graph.edges.length,
      errors: [],
      warnings: result.warnings,
      checklist: runChecklist(document),
    },
    unreadable: false,
  };
}

function checklistLine(item: ChecklistItem): string {
  const where = item.nodeId ? `${item.nodeType || 'node'} "${item.nodeTitle || item.nodeId}" (${item.nodeId}): ` : '';
  return `      checklist ${item.severity} ${where}${item.message}`;
}

function humanLines({ report }: Checked): string[] {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (!report.ok) {
    return [`FAIL  ${report.file}`, ...report.errors.map((e) => `      ${e.path}: ${e.message}`)];
  }
  return [
    `ok    ${report.file}  (${report.mode}, ${report.version}, ${plural(report.nodes, 'node')}, ${plural(report.edges, 'edge')})`,
    ...report.warnings.map((w) => `      warning ${w.path}: ${w.message}`),
    ...report.checklist.map(checklistLine),
  ];
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) {
    io.stderr(`flowpad validate: ${parsed.message}\n\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    io.stdout(VALIDATE_USAGE);
    return EXIT_OK;
  }
  if (parsed.files.length === 0) {
    io.stderr(`flowpad validate: no FILE given\n\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  }

  const checked: Checked[] = [];
  for (const file of parsed.files) checked.push(await checkFile(file, io));

  for (const c of checked) if (c.unreadable) io.stderr(`flowpad validate: ${c.report.errors[0]?.message}\n`);
  if (parsed.values.json) {
    io.stdout(`${JSON.stringify(checked.map((c) => c.report), null, 2)}\n`);
  } else {
    const lines = checked.filter((c) => !c.unreadable).flatMap(humanLines);
    if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
  }

  if (checked.some((c) => c.unreadable)) return EXIT_USAGE;
  return checked.every((c) => c.report.ok) ? EXIT_OK : EXIT_INVALID;
}

/** `flowpad export FILE [--omit-secrets]`: the file re-exported through the document model. */
import { parse } from '../../dsl/parse';
import { serialize } from '../../dsl/serialize';
import { parseCommandArgs } from '../args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeReadError, type CliIo } from '../cli-io';
import { EXPORT_USAGE } from '../usage';

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { 'omit-secrets': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) {
    io.stderr(`flowpad export: ${parsed.message}\n\n${EXPORT_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    io.stdout(EXPORT_USAGE);
    return EXIT_OK;
  }
  const [file, ...extra] = parsed.files;
  if (file === undefined || extra.length > 0) {
    io.stderr(`flowpad export: ${file === undefined ? 'no FILE given' : `exactly one FILE expected, got ${parsed.files.length}`}\n\n${EXPORT_USAGE}`);
    return EXIT_USAGE;
  }

  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    io.stderr(`flowpad export: ${describeReadError(file, e)}\n`);
    return EXIT_USAGE;
  }
  const result = parse(text);
  if (!result.ok) {
    io.stderr(`flowpad export: ${file} does not import:\n${result.errors.map((e) => `  ${e.path}: ${e.message}\n`).join('')}`);
    return EXIT_INVALID;
  }
  for (const w of result.warnings) io.stderr(`flowpad export: warning ${file} ${w.path}: ${w.message}\n`);
  io.stdout(serialize(result.document, { format: result.format, omitSecrets: parsed.values['omit-secrets'] === true }));
  return EXIT_OK;
}

/**
 * Doc Extractor executor (dify-dsl.md 2.17): text out of a file or a list of files. Text-like
 * formats are read in the browser (the file's `text`, or its URL fetched); PDF and Office files
 * need Dify's server, so the node fails with a message asking to pin its output.
 */
import { pyTruthy } from '../../engine/python-values';
import { isFileValue, type FileValue } from '../../engine/file-value';
import { NodeRunError, type NodeExecutor, type NodeRunContext } from '../../engine/node-executor';
import { pythonRepr } from '../../engine/python-format';
import { selectorOf } from '../node-spec';
import { fileBytes } from './file-content';
import { extensionFor, extractText, isServerOnly } from './text-extraction';

async function textOfFile(file: FileValue, ctx: NodeRunContext): Promise<string> {
  const extension = extensionFor(file.extension, file.mime_type);
  if (!extension) throw new NodeRunError('Unable to determine file type: MIME type or file extension is missing', 'UnsupportedFileTypeError');
  // Fail before downloading what cannot be read here anyway.
  if (isServerOnly(extension)) return extractText(new Uint8Array(), extension);
  return extractText(await fileBytes(file, ctx.services.fetch, ctx.signal), extension);
}

export const documentExtractorRun: NodeExecutor = async (data, ctx) => {
  const selector = selectorOf(data.variable_selector);
  if (!ctx.pool.has(selector)) throw new NodeRunError(`File variable not found for selector: ${pythonRepr(selector)}`, 'DocumentExtractorError');
  let value = ctx.pool.get(selector);
  const isFiles = Array.isArray(value) && value.every((x) => x === null || isFileValue(x));
  if (pyTruthy(value) && !isFileValue(value) && !isFiles) {
    throw new NodeRunError(`Variable ${pythonRepr(selector)} is not a file or a list of files`, 'DocumentExtractorError');
  }
  if (Array.isArray(value)) value = value.filter(Boolean);
  const documents = Array.isArray(value) ? value : [value];
  const inputs = { variable_selector: selector };
  const processData = { documents };
  if (!pyTruthy(value)) return { inputs, processData, outputs: { text: [] } };
  try {
    if (!Array.isArray(value)) return { inputs, processData, outputs: { text: await textOfFile(value as FileValue, ctx) } };
    const texts: string[] = [];
    for (const file of value as FileValue[]) texts.push(await textOfFile(file, ctx));
    return { inputs, processData, outputs: { text: texts } };
  } catch (e) {
    if (e instanceof NodeRunError) throw new NodeRunError(e.message, e.errorType, { inputs, processData });
    throw e;
  }
};

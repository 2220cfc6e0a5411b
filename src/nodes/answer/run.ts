/**
 * Answer executor (dify-dsl.md 2.3): the template rendered as markdown, and the files it
 * references. Streaming the answer while upstream nodes run is the engine's job (5.7).
 */
import { ENGINE_REF } from '../../dsl/template-refs';
import { isFileValue, type FileValue } from '../../engine/file-value';
import type { NodeExecutor } from '../../engine/node-executor';
import type { VariablePool } from '../../engine/variable-pool';
import { textOf } from '../node-spec';

/** Files referenced by `{{#...#}}` in the template: single files and lists made only of files. */
export function referencedFiles(pool: VariablePool, template: string): FileValue[] {
  const files: FileValue[] = [];
  for (const m of template.matchAll(ENGINE_REF)) {
    const value = pool.get(m[1]!.split('.'));
    if (isFileValue(value)) files.push(value);
    else if (Array.isArray(value) && value.length > 0 && value.every(isFileValue)) files.push(...value);
  }
  return files;
}

export const answerRun: NodeExecutor = async (data, ctx) => {
  const template = textOf(data.answer);
  return {
    outputs: { answer: ctx.pool.render(template).markdown, files: referencedFiles(ctx.pool, template) },
  };
};

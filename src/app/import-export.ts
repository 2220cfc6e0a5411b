/** Import and export as the header offers them: read a chosen file, build the download. */
import { serialize, type DslDocument, type SourceFormat } from '../dsl';

/** Secret environment variables that hold a value (exported empty unless the user asks). */
export function secretsWithValues(doc: DslDocument): string[] {
  return (doc.workflow.environment_variables ?? []).filter((v) => v.value_type === 'secret' && v.value !== '' && v.value != null).map((v) => v.name);
}

/** `<app name>.yml`, with characters file systems refuse replaced. */
export function exportFileName(doc: DslDocument): string {
  const name = typeof doc.app.name === 'string' && doc.app.name.trim() ? doc.app.name.trim() : 'workflow';
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120)}.yml`;
}

export function exportText(doc: DslDocument, format: SourceFormat, includeSecrets: boolean): string {
  return serialize(doc, { format, omitSecrets: !includeSecrets });
}

export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The browser fetches the blob after the click returns; on a busy machine that took over a
  // second and a URL revoked earlier silently cancels the download. A minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Files as the engine passes them around: Dify's File.to_dict() shape. */

export const FILE_MARKER = '__dify__file__';

export interface FileValue {
  dify_model_identity: typeof FILE_MARKER;
  id?: string | null;
  tenant_id?: string | null;
  type: string; // image | document | audio | video | custom
  transfer_method: string; // local_file | remote_url | tool_file
  remote_url?: string | null;
  related_id?: string | null;
  filename: string;
  extension: string; // with a leading dot
  mime_type: string;
  size: number;
  url?: string | null;
  /** Text content for local files read in the browser (document extractor). */
  text?: string;
  [key: string]: unknown;
}

export function isFileValue(v: unknown): v is FileValue {
  return v !== null && typeof v === 'object' && (v as Record<string, unknown>).dify_model_identity === FILE_MARKER;
}

/** A file's attribute as a selector reads it (`name`, `size`, `extension`...). */
export function fileAttribute(file: FileValue, key: string): unknown {
  switch (key) {
    case 'name': return file.filename;
    case 'url': return file.url ?? file.remote_url ?? null;
    default: return file[key] ?? null;
  }
}

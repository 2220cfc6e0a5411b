import { baseNodeDataShape, bool, loose, optionalSelector } from '../schema/common';

/** document-extractor: a file or array[file] selector; `is_array_file` caches which. */
export const documentExtractorData = loose({
  ...baseNodeDataShape,
  variable_selector: optionalSelector,
  is_array_file: bool.nullish(),
});

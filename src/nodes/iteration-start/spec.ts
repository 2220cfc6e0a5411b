import { containerStartSpec } from '../container-start-spec';

export const iterationStartSpec = containerStartSpec('iteration');

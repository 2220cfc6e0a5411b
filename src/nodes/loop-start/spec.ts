import { containerStartSpec } from '../container-start-spec';

export const loopStartSpec = containerStartSpec('loop');

import { SelfCheck } from '@/components/selfcheck/SelfCheck';

export const selfcheckIslands = { selfcheck: SelfCheck };

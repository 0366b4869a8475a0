import { ScenarioChecker } from '@/components/checker/ScenarioChecker';

export const checkerIslands = { checker: ScenarioChecker };

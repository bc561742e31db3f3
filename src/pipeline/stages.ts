// The ordered stage list. Order is the data flow; each stage only adds to the Doc.
import type { Stage } from './stage.ts';
import { cleanStage } from './clean/cleanStage.ts';
import { segmentStage } from './segment/segmentStage.ts';
import { entitiesStage } from './recognize/entitiesStage.ts';
import { occasionsStage } from './recognize/occasionsStage.ts';
import { cuesStage } from './recognize/cuesStage.ts';
import { acronymsStage } from './recognize/acronymsStage.ts';
import { peopleStage } from './recognize/peopleStage.ts';
import { datesStage } from './recognize/datesStage.ts';
import { peopleResolveStage } from './resolve/peopleResolve.ts';
import { docYearStage } from './resolve/docYearStage.ts';
import { eventsStage } from './extract/eventsStage.ts';

export function createStages(): Stage[] {
  return [
    cleanStage,
    segmentStage,
    entitiesStage,
    acronymsStage,
    occasionsStage,
    peopleStage,
    datesStage,
    cuesStage,
    peopleResolveStage,
    docYearStage,
    eventsStage,
  ];
}

import { isIsoDate } from '@waypoint/calendar';
import type { CinChildStory } from './story.ts';

/**
 * Refuses a story the census could not hold: an empty or duplicate id, or a date that is not a real
 * `YYYY-MM-DD` date. The message names the story, the record and the field.
 */
export function checkStory(story: CinChildStory, seen: Set<string>): void {
  const where = `extraChildren: story '${story.id}'`;
  if (story.id.trim() === '')
    throw new RangeError('extraChildren: a story has an empty id — give each child its LAchildID');
  if (seen.has(story.id)) {
    throw new RangeError(`extraChildren: LAchildID '${story.id}' is used by two stories — each child needs its own id`);
  }
  seen.add(story.id);
  const date = (path: string, value: string | undefined) => {
    if (value !== undefined && !isIsoDate(value)) {
      throw new RangeError(`${where}, ${path}: "${value}" is not a real date — write dates as YYYY-MM-DD`);
    }
  };
  date('birthDate', story.birthDate);
  date('deathDate', story.deathDate);
  story.episodes.forEach((e, i) => {
    const ep = `episode ${i + 1}`;
    date(`${ep} referralDate`, e.referralDate);
    date(`${ep} closureDate`, e.closureDate);
    date(`${ep} conferenceDate`, e.conferenceDate);
    e.assessments?.forEach((a, j) => {
      date(`${ep} assessment ${j + 1} start`, a.start);
      date(`${ep} assessment ${j + 1} internalReview`, a.internalReview);
      date(`${ep} assessment ${j + 1} authorised`, a.authorised);
    });
    e.cinPlans?.forEach((p, j) => {
      date(`${ep} CIN plan ${j + 1} start`, p.start);
      date(`${ep} CIN plan ${j + 1} end`, p.end);
    });
    e.section47s?.forEach((s, j) => {
      date(`${ep} S47 ${j + 1} start`, s.start);
      date(`${ep} S47 ${j + 1} conferenceTarget`, s.conferenceTarget);
      date(`${ep} S47 ${j + 1} conferenceDate`, s.conferenceDate);
    });
    e.cpPlans?.forEach((p, j) => {
      date(`${ep} CP plan ${j + 1} start`, p.start);
      date(`${ep} CP plan ${j + 1} end`, p.end);
      p.reviews?.forEach((r, k) => {
        date(`${ep} CP plan ${j + 1} review ${k + 1}`, r);
      });
    });
  });
}

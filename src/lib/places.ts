/** Places and entries joined: which places an entry names, and which entries name a place. Pure. */
import type { MapPlace } from './map';

/** The little of an entry this module needs. */
export interface PlacedEntry {
  id: string;
  collection: string;
  data: {
    shortTitle: string;
    places?: readonly string[] | undefined;
    milestones: readonly { id: string; label: string; places?: readonly string[] | undefined }[];
  };
}

/** The little of a place this module needs. */
export interface PlaceLike {
  id: string;
  data: { label: string; lat: number; lon: number };
}

/** Every place an entry names, its own first and then its milestones', each once, in that order. */
export function placeIdsOf(entry: PlacedEntry): string[] {
  const ids = [...(entry.data.places ?? []), ...entry.data.milestones.flatMap((m) => m.places ?? [])];
  return [...new Set(ids)];
}

/** One entry at one place, with the milestones that happened there. */
export interface PlaceMention<E extends PlacedEntry = PlacedEntry> {
  entry: E;
  milestones: { id: string; label: string }[];
}

/** For each place id, the entries that name it (in the order given), with their milestones there. */
export function mentionsByPlace<E extends PlacedEntry>(entries: readonly E[]): Map<string, PlaceMention<E>[]> {
  const out = new Map<string, PlaceMention<E>[]>();
  for (const entry of entries) {
    for (const id of placeIdsOf(entry)) {
      const milestones = entry.data.milestones
        .filter((m) => m.places?.includes(id))
        .map((m) => ({ id: m.id, label: m.label }));
      const list = out.get(id) ?? [];
      list.push({ entry, milestones });
      out.set(id, list);
    }
  }
  return out;
}

/** A place as the map layout reads it. */
export function toMapPlace(p: PlaceLike): MapPlace {
  return { id: p.id, name: p.data.label, lat: p.data.lat, lon: p.data.lon };
}

/**
 * Coordinates as readers write them: 51.98° N, 116.58° E (two decimals, about a kilometre). A no-break
 * space keeps each number with its hemisphere, so a narrow table cell never shows a lone "E".
 */
export function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}°\u00a0${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

/** A former name as a place's file gives it (src/schemas/place.ts). */
export interface HistoricName {
  name: string;
  lang: string;
  note?: string | undefined;
}

/**
 * Former names grouped for reading: consecutive names with the same note (one name in simplified and
 * traditional characters, "爱辉", "愛輝", both "the characters from 1956 to 2015") share it, said once.
 */
export function groupHistoricNames(names: readonly HistoricName[]): { forms: HistoricName[]; note?: string | undefined }[] {
  const groups: { forms: HistoricName[]; note?: string | undefined }[] = [];
  for (const n of names) {
    const last = groups.at(-1);
    if (last && n.note !== undefined && last.note === n.note) last.forms.push(n);
    else groups.push({ forms: [n], note: n.note });
  }
  return groups;
}

/** Places ordered west to east, so the table reads as the map does. */
export function westToEast<P extends PlaceLike>(places: readonly P[]): P[] {
  return [...places].sort((a, b) => a.data.lon - b.data.lon || a.id.localeCompare(b.id));
}

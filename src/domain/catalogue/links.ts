import type { Project } from '../../data/schemas';

export interface CooperationLink {
  /** Numeric id for MapLibre feature-state. */
  id: number;
  project: string;
  from: string;
  to: string;
}

/**
 * The links between municipalities that share a project: from the lead (or, for region-wide
 * practices, the first municipality named) to each other participant.
 */
export function cooperationLinks(
  projects: readonly Project[],
  located: ReadonlySet<string>,
): CooperationLink[] {
  const links: CooperationLink[] = [];
  for (const p of projects) {
    const members = [...new Set(p.lead ? [p.lead, ...p.municipalities] : p.municipalities)].filter(
      (c) => located.has(c),
    );
    if (members.length < 2) continue;
    const [hub, ...others] = members;
    for (const to of others) links.push({ id: links.length, project: p.id, from: hub!, to });
  }
  return links;
}

export function linkFeatures(
  links: readonly CooperationLink[],
  pointOf: (code: string) => [number, number] | undefined,
): GeoJSON.FeatureCollection<GeoJSON.LineString> {
  return {
    type: 'FeatureCollection',
    features: links.flatMap((link) => {
      const a = pointOf(link.from);
      const b = pointOf(link.to);
      if (!a || !b) return [];
      return [
        {
          type: 'Feature' as const,
          id: link.id,
          properties: { project: link.project, from: link.from, to: link.to },
          geometry: { type: 'LineString' as const, coordinates: [a, b] },
        },
      ];
    }),
  };
}

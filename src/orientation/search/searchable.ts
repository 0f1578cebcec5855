import type { Place, PlaceComplements } from '../../places/place';

/** What the place search reads of a place: all a search worker is sent, a fraction of the whole place. */
export type Searchable = Pick<Place, 'id' | 'nom' | 'commune' | 'code_postal' | 'typologie' | 'dispositif_programmes_nationaux' | 'services'> & {
  complements: Pick<PlaceComplements, 'impression' | 'wifi_gratuit' | 'ordinateurs' | 'tablettes' | 'materiel'>;
};

export function searchableOf(place: Place): Searchable {
  const { id, nom, commune, code_postal, typologie, dispositif_programmes_nationaux, services, complements } = place;
  const { impression, wifi_gratuit, ordinateurs, tablettes, materiel } = complements;
  return { id, nom, commune, code_postal, typologie, dispositif_programmes_nationaux, services, complements: { impression, wifi_gratuit, ordinateurs, tablettes, materiel } };
}

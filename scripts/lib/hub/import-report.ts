/**
 * Everything the import repairs or drops, record by record, for
 * data/reports/hub-import.md. Personal values are never written here: entries
 * about personal data name the field and the reason, not the value.
 */
export type ReportTopic =
  | 'commune'
  | 'code postal'
  | 'position'
  | 'nom'
  | 'adresse'
  | 'pivot'
  | 'téléphone'
  | 'courriel'
  | 'site web'
  | 'statut juridique'
  | 'horaires'
  | 'contenu déplacé'
  | 'valeur vide ou invalide'
  | 'colonne non reprise'
  | 'données personnelles';

export interface ReportEntry {
  gid: number;
  field: string;
  topic: ReportTopic;
  action: 'réparé' | 'supprimé' | 'déplacé' | 'conservé tel quel';
  detail: string;
}

export class ImportReport {
  readonly entries: ReportEntry[] = [];

  add(entry: ReportEntry): void {
    this.entries.push(entry);
  }

  count(topic: ReportTopic, action?: ReportEntry['action']): number {
    return this.entries.filter((entry) => entry.topic === topic && (!action || entry.action === action)).length;
  }

  byTopic(): Map<ReportTopic, ReportEntry[]> {
    const topics = new Map<ReportTopic, ReportEntry[]>();
    for (const entry of [...this.entries].sort((a, b) => a.gid - b.gid || a.field.localeCompare(b.field))) {
      topics.set(entry.topic, [...(topics.get(entry.topic) ?? []), entry]);
    }
    return topics;
  }
}

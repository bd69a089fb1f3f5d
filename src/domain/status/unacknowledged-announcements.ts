// Extension point for /status: announcements that asked for «Ознакомлен» and are not acknowledged by
// everyone yet. The announcements feature is not built; when it is, it fills this in (one aggregate query
// over Delivery.acknowledgedAt) and /status shows the section without further changes.
import type { DomainDeps } from "../deps.js";
import type { StatusScope } from "./status-scope.js";

export interface UnacknowledgedAnnouncement {
  announcementId: number;
  title: string;
  /** recipients who have not pressed «Ознакомлен» */
  missing: number;
  recipients: number;
}

export async function listUnacknowledgedAnnouncements(_deps: DomainDeps, _scope: StatusScope): Promise<UnacknowledgedAnnouncement[]> {
  return [];
}

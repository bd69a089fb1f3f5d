import { Role } from "../../generated/prisma/enums.js";

/** For entries every registered person gets (help, language, the menu itself). */
export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Who runs campaigns: methodologists, and admins who stand in for them. */
export const CAMPAIGN_STAFF: readonly Role[] = [Role.METHODOLOGIST, Role.ADMIN];
